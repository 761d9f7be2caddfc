// The database the large orgs live in, shared by npm run seed:large (which loads them) and
// npm run bench -- --large (which times them), so both find the same one: DATABASE_URL_LARGE as is,
// else the database `name` (default rapport_large), created empty if missing, on the server of
// TEST_DATABASE_URL or DATABASE_URL. The embedded Postgres is too small for a large org. Also the
// two scripts' command-line reading (--name value or --name=value).
import pg from "pg";

export const LARGE_DATABASE = "rapport_large";

/** The value of --<name> on the command line, if given. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) {
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
    return value;
  }
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The large database's URL, created (empty) on the test or dev server when it does not exist yet. */
export async function largeDatabaseUrl(name = LARGE_DATABASE): Promise<string> {
  const given = process.env.DATABASE_URL_LARGE;
  if (given) return given;
  const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!server)
    throw new Error(
      "Set DATABASE_URL_LARGE, or TEST_DATABASE_URL / DATABASE_URL to a PostgreSQL server to create the database on" +
        " (the embedded database is too small for a large org).",
    );
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database must be a plain lowercase name, got "${name}"`);
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      console.log(`Created database ${name}.`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
