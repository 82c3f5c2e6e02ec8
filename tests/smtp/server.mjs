// A real SMTP server on a free loopback port for ADP's email tests.
// Usage: node server.mjs KEY_FILE CERT_FILE USER PASSWORD
// STARTTLS with the given certificate; AUTH PLAIN/LOGIN accepted only for USER/PASSWORD and only
// over TLS. Prints "listening PORT", then one JSON line per message received:
// {"from", "to", "user", "secure", "data"}.
import { readFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";

const [keyFile, certFile, user, password] = process.argv.slice(2);
const server = new SMTPServer({
  key: readFileSync(keyFile),
  cert: readFileSync(certFile),
  authMethods: ["PLAIN", "LOGIN"],
  allowInsecureAuth: false,
  logger: false,
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) return callback(null, { user });
    return callback(new Error("Invalid username or password"));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      console.log(JSON.stringify({
        from: session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || "",
        secure: session.secure,
        data: Buffer.concat(chunks).toString("utf8"),
      }));
      callback();
    });
  },
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.server.address().port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
