// Calls the packaged service through the TypeScript client that openapi-generator (typescript-fetch) makes from the
// committed openapi/openapi.yaml: a list, an item, a sparse list and an error. Run by ContractToolsIT:
//   node check.js http://127.0.0.1:PORT ; exit code 0 when every call gave what the contract promises.
import { Configuration, ResponseError, SessionsApi, SideEventsApi } from '../../../../target/generated-clients/typescript';

declare const process: { argv: string[]; exitCode?: number };

function check(ok: boolean, what: string): void {
  if (!ok) {
    throw new Error('typescript client: ' + what);
  }
  console.log('ok ' + what);
}

async function main(base: string): Promise<void> {
  const config = new Configuration({ basePath: base });
  const sessions = new SessionsApi(config);

  const list = await sessions.listSessions({ size: 1 });
  check(list.data.length === 1 && list.meta.total === 10 && list.data[0].id === 'cnd-60', 'list: the first of 10 sessions (CND 60 to 69)');

  const item = await sessions.getSession({ id: 'cnd-68' });
  check(item.id === 'cnd-68' && item.year === 2025 && item.createdAt instanceof Date, 'item: CND 68, typed dates');

  const sparse = await new SideEventsApi(config).listSideEvents({ session: 'cnd-68', fields: 'title', size: 3 });
  check(sparse.data.length === 3 && sparse.data.every(e => e.id.startsWith('cnd-68-') && !!e.title && e.attendance === undefined),
    'sparse list: id and title only');

  try {
    await sessions.getSession({ id: 'cnd-99' });
    check(false, 'error: an unknown session must be refused');
  } catch (e) {
    check(e instanceof ResponseError && e.response.status === 404, 'error: 404 for an unknown session');
    const problem = await (e as ResponseError).response.json();
    check(problem.type === 'https://opendrugpolicy.org/problems/not-found' && problem.status === 404, 'error: RFC 9457 problem body');
  }
}

main(process.argv[2]).catch(e => {
  console.error(String(e));
  process.exitCode = 1;
});
