// A small ActivityPub server written with Fedify, which the tests run against Cercle:
// it discovers Cercle by WebFinger, follows its site actor, verifies the signatures of
// what Cercle delivers (Fedify refuses an unsigned or wrongly signed activity with 401
// before any listener runs), and replies to an article with a Note.
//
// It speaks JSON lines: commands on standard input, what happened on standard output.
//   {"cmd":"follow","handle":"cercle@127.0.0.1:<port>","base":"http://127.0.0.1:<port>"}
//   {"cmd":"reply","to":"<actor>","inReplyTo":"<article address>","content":"<p>…</p>"}
//   {"cmd":"undo-follow"}
import http from "node:http";
import readline from "node:readline";
import {
  Accept, Article, Create, Delete, Endpoints, Follow, Note, Person, PUBLIC_COLLECTION, Undo, Update,
  createFederation, generateCryptoKeyPair, MemoryKvStore,
} from "@fedify/fedify";

const names = async (items) => {
  const found = [];
  for await (const item of items) found.push(item.name?.toString());
  return found;
};

const emit = (event) => process.stdout.write(JSON.stringify(event) + "\n");

const federation = createFederation({
  kv: new MemoryKvStore(),
  // Cercle runs on 127.0.0.1 in the tests
  allowPrivateAddress: true,
});

const keys = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
let base;
let following;

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "pair") return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Pair Fedify",
      url: new URL("/@pair", ctx.url),
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
    });
  })
  .setKeyPairsDispatcher(async (ctx, identifier) => (identifier === "pair" ? [keys] : []));

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Accept, async (ctx, accept) => {
    emit({ event: "accept", actor: accept.actorId?.href, object: accept.objectId?.href });
  })
  .on(Create, async (ctx, create) => {
    const object = await create.getObject();
    emit({
      event: "create", actor: create.actorId?.href, type: object?.constructor?.name,
      id: object?.id?.href, name: object?.name?.toString(), content: object?.content?.toString(),
      tags: await names(object?.getTags?.() ?? []),
    });
  })
  .on(Update, async (ctx, update) => {
    const object = await update.getObject();
    emit({ event: "update", actor: update.actorId?.href, id: object?.id?.href });
  })
  .on(Delete, async (ctx, del) => {
    emit({ event: "delete", actor: del.actorId?.href, id: del.objectId?.href });
  })
  .onError((ctx, error) => emit({ event: "error", message: String(error) }));

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const request = new Request(new URL(req.url, `http://${req.headers.host}`), {
    method: req.method,
    headers: req.headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
  });
  const response = await federation.fetch(request, {
    contextData: undefined,
    onNotFound: () => new Response("Not found", { status: 404 }),
    onNotAcceptable: () => new Response("Not acceptable", { status: 406 }),
  });
  if (req.method === "POST") {
    emit({ event: "received", path: req.url, status: response.status });
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(0, "127.0.0.1", () => {
  base = `http://127.0.0.1:${server.address().port}`;
  emit({ event: "ready", base, actor: `${base}/users/pair` });
});

const context = () => federation.createContext(new URL(base), undefined);

async function follow({ handle, base: cercle }) {
  // Fedify's own WebFinger client asks https only: over the tests' plain http the
  // peer asks for the account itself, then reads the actor the answer links to
  const finger = await fetch(`${cercle}/.well-known/webfinger?resource=acct:${handle}`);
  const jrd = await finger.json();
  const self = jrd.links.find((link) => link.rel === "self" && link.type === "application/activity+json");
  const ctx = context();
  const site = await ctx.lookupObject(self.href);
  emit({ event: "discovered", subject: jrd.subject, id: site?.id?.href, type: site?.constructor?.name,
    inbox: site?.inboxId?.href, sharedInbox: site?.endpoints?.sharedInbox?.href });
  following = new Follow({
    id: new URL(`/follows/${crypto.randomUUID()}`, base),
    actor: ctx.getActorUri("pair"),
    object: site.id,
  });
  await ctx.sendActivity({ identifier: "pair" }, site, following);
  emit({ event: "sent", type: "Follow" });
  return site;
}

let site;
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = JSON.parse(line);
  try {
    if (command.cmd === "follow") {
      site = await follow(command);
    } else if (command.cmd === "reply") {
      const ctx = context();
      const note = new Note({
        id: new URL(`/notes/${crypto.randomUUID()}`, base),
        attribution: ctx.getActorUri("pair"),
        content: command.content,
        replyTarget: new URL(command.inReplyTo),
        to: PUBLIC_COLLECTION,
        ccs: [site.id],
      });
      await ctx.sendActivity({ identifier: "pair" }, site, new Create({
        id: new URL(`${note.id.href}/activity`),
        actor: ctx.getActorUri("pair"),
        object: note,
        to: PUBLIC_COLLECTION,
        ccs: [site.id],
      }));
      emit({ event: "sent", type: "Create", id: note.id.href });
    } else if (command.cmd === "undo-follow") {
      const ctx = context();
      await ctx.sendActivity({ identifier: "pair" }, site, new Undo({
        id: new URL(`/undo/${crypto.randomUUID()}`, base),
        actor: ctx.getActorUri("pair"),
        object: following,
      }));
      emit({ event: "sent", type: "Undo" });
    } else if (command.cmd === "quit") {
      break;
    }
  } catch (error) {
    emit({ event: "error", message: String(error?.stack ?? error) });
  }
}
server.close();
process.exit(0);
