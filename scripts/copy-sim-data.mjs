// Copies the simulator's data fixtures (seed examples kept byte for byte as JSON files)
// beside the compiled fixtures: tsc compiles sim/fixtures/*.ts into dist/ but copies no data.
import { cpSync } from 'node:fs';

cpSync(new URL('../sim/fixtures/data/', import.meta.url), new URL('../dist/sim/fixtures/data/', import.meta.url), { recursive: true });
