// A real OpenID Connect provider for ADP's tests: oidc-provider on a free
// loopback port, one confidential client, PKCE required, and its plain-HTML
// development login (any username, any password). Prints the issuer URL.
// Usage: node provider.mjs REDIRECT_URI [CLIENT_ID] [CLIENT_SECRET]
import http from 'node:http';
import Provider from 'oidc-provider';

const [redirectUri, clientId = 'adp-test', clientSecret = 'adp-test-secret'] = process.argv.slice(2);
if (!redirectUri) {
  console.error('usage: node provider.mjs REDIRECT_URI [CLIENT_ID] [CLIENT_SECRET]');
  process.exit(2);
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username', 'name'] },
    cookies: { keys: ['adp-test-cookie-key'] },
    // Each login name is its own account; "unverified-*" accounts have an unconfirmed email.
    findAccount: async (_ctx, id) => ({
      accountId: id,
      async claims() {
        return { sub: `subject-${id}`, preferred_username: id, name: id, email: `${id.replace(/^unverified-/, '')}@example.test`,
                 email_verified: !id.startsWith('unverified-') };
      },
    }),
  });
  server.on('request', provider.callback());
  console.log(`issuer ${issuer}`);
});
process.on('SIGTERM', () => process.exit(0));
