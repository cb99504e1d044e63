#!/usr/bin/env node
// Signs in and prints the session cookie ("zx_session=…") for wrk.
//   node bench/session.mjs http://127.0.0.1:PORT [committee=qingjian] [username=admin]
import { Client } from '../tests/api/lib/client.mjs';

const [base, committee = 'qingjian', username = 'admin'] = process.argv.slice(2);
const c = await new Client(base).login(committee, username);
console.log(c.cookie);
