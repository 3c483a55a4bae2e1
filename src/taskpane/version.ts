/** The add-in's version, shown in the pane (tests/taskpane/version.test.ts keeps it equal to package.json's). */
export const VERSION = '0.1.0';
