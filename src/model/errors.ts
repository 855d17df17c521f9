/**
 * Errors the model raises for questions it cannot answer. They carry no Office types: the
 * function layer (`src/functions/args`) maps them to Excel errors, the command line prints them.
 *
 * - `InvalidInputError`: the question is malformed (unknown code, value out of range). Excel shows
 *   `#VALUE!` with the message.
 * - `NoDataError`: the question is valid but the bundled data cannot answer it. Excel shows `#N/A`
 *   with the message, which says what is missing and what is available.
 */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidInputError";
    // Keep `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, InvalidInputError.prototype);
  }
}

export class NoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoDataError";
    Object.setPrototypeOf(this, NoDataError.prototype);
  }
}
