#!/usr/bin/env node
// Launcher for the bundled command line (dist/cli.js, built by `npm install` through the prepare script).
const { main } = require('../dist/cli.js');
main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
