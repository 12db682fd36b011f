// Text from articles, file names and errors, made safe to print: control characters shown as
// visible escapes (\u001b, \n), so that an article or a file name cannot clear the terminal,
// move the cursor, or start a new line that a CI runner would read as a workflow command.

// C0 and C1 controls, DEL, line and paragraph separators, and bidi controls (which reorder what
// follows them on screen).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

const escape = (c: string) => {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
};

/** The text with every control character as a visible escape. */
export const visible = (s: string) => (CONTROL.test(s) ? s.replace(CONTROLS, escape) : s);
