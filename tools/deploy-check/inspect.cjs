// Prints, as one JSON object, a CloudFormation template as cfn-lint parses it (tags such as !Ref become
// {"Ref": ...}) and cfn-lint's findings on it. Used by Tests/Deploy.
// Usage: node tools/deploy-check/inspect.cjs TEMPLATE [Name=Value ...]   (values override parameter defaults)
'use strict';
const lint = require('cfn-lint');
const parser = require('cfn-lint/lib/parser');

const [file, ...pairs] = process.argv.slice(2);
const parameters = {};
for (const pair of pairs) {
  const at = pair.indexOf('=');
  parameters[pair.slice(0, at)] = pair.slice(at + 1);
}

const template = parser.openFile(file);
const result = lint.validateFile(file, { parameters });
process.stdout.write(JSON.stringify({ template, templateValid: result.templateValid, errors: result.errors }));
