import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RT5_LIB } from './rt5-install';
import { rt5Env, type Rt5Paths } from './rt5-site-config';

const run = promisify(execFile);

/** Runs a Perl snippet inside RT (config loaded, RT initialised) and answers its standard output. */
export async function rt5Perl(paths: Rt5Paths, body: string, args: readonly string[] = []): Promise<string> {
  const script = `RT::LoadConfig(); RT::Init();\n${body}`;
  try {
    const { stdout } = await run('perl', [`-I${RT5_LIB}`, '-MRT', '-e', script, ...args], { env: rt5Env(paths), timeout: 60_000 });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`RT Perl snippet failed: ${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
}

/** Mints a REST2 auth token for an RT user ("1-14-<hex>"), the way the web UI would. */
export function mintToken(paths: Rt5Paths, user: string): Promise<string> {
  return rt5Perl(
    paths,
    `my $cu = RT::CurrentUser->new; $cu->Load($ARGV[0]) or die "no user $ARGV[0]\\n";
     my ($id, $msg, $auth) = RT::AuthToken->new($cu)->Create(Owner => $cu->id, Description => 'dockside test');
     $id or die "token: $msg\\n"; print "$auth\\n";`,
    [user],
  );
}

/** Deletes one auth token ("1-<user id>-<secret>"), as an administrator revoking it in RT's web UI would. */
export function revokeToken(paths: Rt5Paths, token: string): Promise<string> {
  return rt5Perl(
    paths,
    `my ($uid, $secret) = RT::AuthToken->ParseAuthString($ARGV[0]) or die "not an auth token\n";
     my $tokens = RT::AuthTokens->new(RT->SystemUser); $tokens->LimitOwner(VALUE => $uid);
     while (my $t = $tokens->Next) {
       next unless $t->IsToken($secret);
       my ($ok, $msg) = $t->Delete; $ok or die "revoke: $msg\n"; print "revoked\n"; exit 0;
     }
     die "no such token\n";`,
    [token],
  );
}
