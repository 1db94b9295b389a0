// Reads a GEXF file with graphology-gexf, the GEXF parser of Gephi Lite, and prints what it read as
// JSON: node and edge counts and every node's and edge's attributes. Used by ThirdPartyReadersTest.
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const graph = gexf.parse(Graph, fs.readFileSync(process.argv[2], 'utf8'), { addMissingNodes: false });
const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
const edges = graph.mapEdges((key, attributes, source, target) => ({ source, target, attributes }));
process.stdout.write(JSON.stringify({ order: graph.order, size: graph.size, nodes, edges }));
