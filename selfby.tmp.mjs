import fs from 'node:fs';
const file = process.argv[2]; const filter = process.argv[3] ?? '';
const p = JSON.parse(fs.readFileSync(file,'utf8'));
const byId = new Map(p.nodes.map(n=>[n.id,n]));
const counts = new Map();
const dt = p.timeDeltas; let total=0;
// use the last 60% of samples roughly (measured window)
const start = Math.floor(p.samples.length*0.25), end = Math.floor(p.samples.length*0.9);
for (let i=start;i<end;i++){ const n=byId.get(p.samples[i]); const cf=n.callFrame; const key=`${cf.functionName||'(anon)'} ${cf.url.replace(/.*node_modules\//,'').replace(/.*\/main\//,'')}:${cf.lineNumber+1}`; counts.set(key,(counts.get(key)??0)+(dt[i]??0)); if(!['(idle)','(program)'].includes(cf.functionName)) total+=dt[i]??0;}
const rows=[...counts].filter(([k])=>k.includes(filter)).sort((a,b)=>b[1]-a[1]).slice(0,Number(process.argv[4]??40));
for (const [k,v] of rows) console.log((100*v/total).toFixed(2).padStart(6)+'%  '+k);
