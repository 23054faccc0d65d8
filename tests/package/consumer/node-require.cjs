// A CommonJS script in Node: `require` of the ES-module package (Node 20.19 and later, 22.12 and later).
const { ObjectionSearch, builtinCatalog, mergeCatalogs } = require('objection-desk/core');

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
process.stdout.write(search.search('ljhjuj')[0].objection.id);
