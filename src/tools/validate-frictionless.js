// Loads a Frictionless data package with the Frictionless Data JavaScript library (datapackage-js): the
// descriptor is validated, then every row of every resource is cast to its Table Schema types, with its
// constraints and foreign keys checked (relations: true). Run by validate-frictionless.sh.
const {Package} = require('datapackage');
(async () => {
  const dir = process.argv[2];
  const pkg = await Package.load(`${dir}/datapackage.json`, {basePath: dir, strict: false});
  console.log(`descriptor valid: ${pkg.valid}`, pkg.errors.map(e => e.message));
  let failures = 0;
  for (const resource of pkg.resources) {
    try {
      const rows = await resource.read({relations: true, cast: true});
      console.log(`${resource.name}: ${rows.length} rows, types, constraints and foreign keys OK`);
    } catch (e) {
      failures++;
      console.log(`${resource.name}: ${e.message}`, (e.errors || []).slice(0, 3).map(x => x.message));
    }
  }
  process.exit(pkg.valid && failures === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(2); });
