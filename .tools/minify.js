// Shrinks the page's JavaScript in place with terser (Debian's node-terser): it renames local names and
// folds what it can prove unused. Top-level names stay (boot.js and Emscripten's module name each
// other across files). Usage: node .tools/minify.js file.js [file.js ...]
'use strict';
const fs = require('fs');
let terser;
try {
  terser = require('terser');
} catch (e) {
  console.error("minify: terser is missing (Debian's node-terser; .tools/setup.sh installs it)");
  process.exit(1);
}

(async () => {
  for (const file of process.argv.slice(2)) {
    const source = fs.readFileSync(file, 'utf8');
    const result = await terser.minify(source, {
      ecma: 2020, compress: {passes: 2}, mangle: true, format: {comments: false},
    });
    if (!result.code) throw new Error(`minify: ${file} came back empty`);
    fs.writeFileSync(file, result.code);
  }
})().catch((e) => {
  console.error(`minify: ${e.message}`);
  process.exit(1);
});
