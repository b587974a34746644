/** The opening graphql-js gives a refused variable: `Variable "$input" got invalid value `. */
const VARIABLE_ERROR = /^(Variable "\$\w+") got invalid value /;
/** Where in the variable: `at "input.card.number"; ` (identifiers, dots and list indexes only). */
const VARIABLE_PATH = / at "([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)"; /;
/** A scalar's refusal with the value it refused: `String cannot represent a non string value: 4242…`. */
const SCALAR_REFUSAL = /^([\w "]{1,80}? cannot represent [^:]*?): [\s\S]*$/;
/** The literal check's refusal: `Expected value of type "Int", found "323".` */
const TYPE_MISMATCH = /^(Expected value of type "[^"]*"), found [\s\S]*$/;
/** Our own text scalars' refusal (string-scalar.ts): `Coins must be a string like "…"; got "…".` */
const TEXT_SCALAR_REFUSAL = /^(\w+ must be a string like "[^"]*"); got [\s\S]*$/;
/** An enum's refusal of a name it lacks: `Value "HOURLY" does not exist in "TopUpFrequency" enum.` */
const ENUM_REFUSAL = /^Value "[\s\S]*" does not exist in ("\w+" enum)[\s\S]*$/;
/** What a reason of another shape may not keep: three digits in a row could be a cvc, more a card number. */
const DIGIT_RUN = /\d{3}/;

/** A refusal without the value it refused, or null for a shape that is not known to hold none. */
function withoutValue(reason: string): string | null {
  const scalar = SCALAR_REFUSAL.exec(reason) ?? TYPE_MISMATCH.exec(reason) ?? TEXT_SCALAR_REFUSAL.exec(reason);
  if (scalar) return `${scalar[1]}.`;
  const enumValue = ENUM_REFUSAL.exec(reason);
  if (enumValue) return `Value does not exist in ${enumValue[1]}.`;
  return reason.length <= 200 && !DIGIT_RUN.test(reason) ? reason : null;
}

/**
 * A graphql-js input refusal without the value it refused. graphql-js repeats the value
 * (`Variable "$input" got invalid value 4242424242424242 at "input.card.number"; String
 * cannot represent a non string value: 4242424242424242`, or a whole input object with
 * its card number and cvc), so card data sent in the wrong type would come back in an
 * error, and go into whatever logs the client keeps. The variable, the path and the
 * reason stay; a reason of a shape not known, that holds digits, is dropped. Other
 * messages pass unchanged.
 */
export function withoutEchoedInput(message: string): string {
  const variable = VARIABLE_ERROR.exec(message);
  if (!variable) {
    const known = SCALAR_REFUSAL.exec(message) ?? TYPE_MISMATCH.exec(message);
    return known ? `${known[1]}.` : message;
  }
  const path = VARIABLE_PATH.exec(message);
  const rest = path ? message.slice(path.index + path[0].length) : message.slice(message.indexOf('; ') + 2);
  const reason = message.includes('; ') ? withoutValue(rest) : null;
  return `${variable[1]} got an invalid value${path ? ` at "${path[1]}"` : ''}${reason ? `; ${reason}` : '.'}`;
}
