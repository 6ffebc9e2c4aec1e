// A scripted model provider on loopback that speaks the three outbound APIs the gateway forwards to,
// streamed or not:
//   anthropic-messages  POST /anthropic/v1/messages
//   openai-completions  POST /chat/v1/chat/completions
//   openai-responses    POST /responses/v1/responses
// It stands in for a hosted model, never for a client. Its script, the same for every API:
//   - the latest input is a tool result → answer with the file quote found in it (QUOTE_PATTERN), so a
//     test can see the client ran the tool and the provider received its output;
//   - the user asks to read a file ("read the file <path>") and the request offers a file-reading tool
//     the script knows → ask for that tool call;
//   - anything else → PLAIN_ANSWER, in several pieces when streamed.
import http from 'node:http';

export const PLAIN_ANSWER = 'Scripted provider says hello through the gateway.';
export const QUOTE_PATTERN = /clawdesk-quote-[0-9a-f]{8,}/;
const READ_REQUEST = /read the file (\S+)/i;

/// How each client's file-reading tool is called: tool name → arguments for a path.
const FILE_TOOLS = {
  Read: (file) => ({ file_path: file }), // Claude Code
  exec_command: (file) => ({ cmd: `cat ${file}` }), // Codex
  shell: (file) => ({ command: ['cat', file] }), // older Codex
  read: (file) => ({ filePath: file, path: file }), // opencode, OpenClaw
};

function textOf(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return content ? JSON.stringify(content) : '';
  return content.map((part) => {
    if (typeof part === 'string') return part;
    if (part.type === 'tool_result') return textOf(part.content);
    return part.text ?? part.output ?? (part.content ? textOf(part.content) : '');
  }).join('\n');
}

/// The request reduced to what the script needs: offered tool names, the user text since the last
/// assistant turn and the tool results that came after it (clients may add context messages after
/// the prompt or after a tool result).
function conversationOf(api, body) {
  const tools = [];
  const collect = (list) => {
    for (const tool of list ?? []) {
      if (tool.type === 'namespace' || Array.isArray(tool.tools)) collect(tool.tools);
      const name = tool.name ?? tool.function?.name;
      if (name) tools.push(name);
    }
  };
  collect(body.tools);
  let userText = '';
  let toolResults = [];
  if (api === 'openai-responses') {
    const items = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : body.input ?? [];
    for (const item of items) {
      if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output') {
        toolResults.push(textOf(item.output));
      } else if (item.type === 'function_call' || item.role === 'assistant') {
        toolResults = [];
        userText = '';
      } else if (item.role === 'user') {
        userText += `${textOf(item.content)}\n`;
      }
    }
  } else {
    for (const message of body.messages ?? []) {
      if (message.role === 'tool') {
        toolResults.push(textOf(message.content));
      } else if (message.role === 'assistant') {
        toolResults = [];
        userText = '';
      } else if (message.role === 'user') {
        const blocks = Array.isArray(message.content) ? message.content : [];
        const results = blocks.filter((b) => b.type === 'tool_result');
        if (results.length > 0) toolResults.push(...results.map((b) => textOf(b.content)));
        else userText += `${textOf(message.content)}\n`;
      }
    }
  }
  return { tools, userText, toolResults };
}

/// What the provider answers: { text } or { tool, args }.
function decide(api, body) {
  const { tools, userText, toolResults } = conversationOf(api, body);
  if (toolResults.length > 0) {
    const all = toolResults.join('\n');
    const quote = all.match(QUOTE_PATTERN);
    return { text: quote ? `The file says ${quote[0]}.` : `The tool result held no quote: ${all.slice(0, 300)}` };
  }
  const wanted = userText.match(READ_REQUEST);
  if (wanted) {
    const tool = Object.keys(FILE_TOOLS).find((name) => tools.includes(name));
    if (tool) return { tool, args: FILE_TOOLS[tool](wanted[1].replace(/[.,;:"'`]+$/, '')) };
  }
  return { text: PLAIN_ANSWER };
}

function pieces(text) {
  return text.match(/\S+\s*/g) ?? [text];
}

function sse(res) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
}

const usage = { input: 21, output: 9 };

function anthropicReply(res, body, answer) {
  const content = answer.tool
    ? [{ type: 'tool_use', id: 'toolu_scripted_1', name: answer.tool, input: answer.args }]
    : [{ type: 'text', text: answer.text }];
  const stopReason = answer.tool ? 'tool_use' : 'end_turn';
  const message = { id: 'msg_scripted_1', type: 'message', role: 'assistant', model: body.model };
  if (!body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...message, content, stop_reason: stopReason, stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: usage.output } }));
    return;
  }
  sse(res);
  const event = (type, data) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('message_start', { message: { ...message, content: [], stop_reason: null, stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: 0 } } });
  if (answer.tool) {
    const json = JSON.stringify(answer.args);
    event('content_block_start', { index: 0, content_block: { ...content[0], input: {} } });
    event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(0, 7) } });
    event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(7) } });
  } else {
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    for (const piece of pieces(answer.text))
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } });
  }
  event('content_block_stop', { index: 0 });
  event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null },
    usage: { output_tokens: usage.output } });
  event('message_stop', {});
  res.end();
}

function chatReply(res, body, answer) {
  const call = answer.tool
    ? { id: 'call_scripted_1', type: 'function', function: { name: answer.tool, arguments: JSON.stringify(answer.args) } }
    : null;
  const finish = call ? 'tool_calls' : 'stop';
  const base = { id: 'chatcmpl-scripted-1', created: 1764800000, model: body.model };
  const chatUsage = { prompt_tokens: usage.input, completion_tokens: usage.output,
    total_tokens: usage.input + usage.output };
  if (!body.stream) {
    const message = call ? { role: 'assistant', content: null, tool_calls: [call] }
                         : { role: 'assistant', content: answer.text };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...base, object: 'chat.completion',
      choices: [{ index: 0, message, finish_reason: finish }], usage: chatUsage }));
    return;
  }
  sse(res);
  const chunk = (delta, finishReason = null, extra = {}) => res.write(`data: ${JSON.stringify({ ...base,
    object: 'chat.completion.chunk', choices: delta ? [{ index: 0, delta, finish_reason: finishReason }] : [],
    ...extra })}\n\n`);
  chunk({ role: 'assistant', content: '' });
  if (call) {
    const args = call.function.arguments;
    chunk({ tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] });
    chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(0, 7) } }] });
    chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(7) } }] });
  } else {
    for (const piece of pieces(answer.text)) chunk({ content: piece });
  }
  chunk({}, finish);
  if (body.stream_options?.include_usage) chunk(null, null, { usage: chatUsage });
  res.end('data: [DONE]\n\n');
}

function responsesReply(res, body, answer) {
  const item = answer.tool
    ? { type: 'function_call', id: 'fc_scripted_1', call_id: 'call_scripted_1', name: answer.tool,
        arguments: JSON.stringify(answer.args), status: 'completed' }
    : { type: 'message', id: 'msg_scripted_1', role: 'assistant', status: 'completed',
        content: [{ type: 'output_text', text: answer.text, annotations: [] }] };
  const response = (status, output) => ({ id: 'resp_scripted_1', object: 'response', created_at: 1764800000,
    status, model: body.model, output,
    usage: status === 'completed' ? { input_tokens: usage.input, output_tokens: usage.output,
      total_tokens: usage.input + usage.output } : null });
  if (!body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response('completed', [item])));
    return;
  }
  sse(res);
  let sequence = 0;
  const event = (type, data) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`);
  event('response.created', { response: response('in_progress', []) });
  event('response.in_progress', { response: response('in_progress', []) });
  if (answer.tool) {
    event('response.output_item.added', { output_index: 0, item: { ...item, arguments: '', status: 'in_progress' } });
    event('response.function_call_arguments.delta', { output_index: 0, item_id: item.id, delta: item.arguments.slice(0, 7) });
    event('response.function_call_arguments.delta', { output_index: 0, item_id: item.id, delta: item.arguments.slice(7) });
    event('response.function_call_arguments.done', { output_index: 0, item_id: item.id, arguments: item.arguments });
  } else {
    const part = { type: 'output_text', text: '', annotations: [] };
    event('response.output_item.added', { output_index: 0, item: { ...item, content: [], status: 'in_progress' } });
    event('response.content_part.added', { output_index: 0, item_id: item.id, content_index: 0, part });
    for (const piece of pieces(answer.text))
      event('response.output_text.delta', { output_index: 0, item_id: item.id, content_index: 0, delta: piece });
    event('response.output_text.done', { output_index: 0, item_id: item.id, content_index: 0, text: answer.text });
    event('response.content_part.done', { output_index: 0, item_id: item.id, content_index: 0,
      part: { ...part, text: answer.text } });
  }
  event('response.output_item.done', { output_index: 0, item });
  event('response.completed', { response: response('completed', [item]) });
  res.end();
}

const ROUTES = {
  '/anthropic/v1/messages': ['anthropic-messages', anthropicReply],
  '/chat/v1/chat/completions': ['openai-completions', chatReply],
  '/responses/v1/responses': ['openai-responses', responsesReply],
};

/// Starts the provider on 127.0.0.1 (port 0). Every request it received is in `requests`
/// ({ api, path, headers, body, answer }).
export function startProvider() {
  const requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const path = req.url.split('?')[0];
      const route = req.method === 'POST' ? ROUTES[path] : undefined;
      if (!route) {
        requests.push({ api: null, path: req.url, method: req.method, headers: req.headers });
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'not_found_error', message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'body is not JSON' } }));
        return;
      }
      const [api, reply] = route;
      const answer = decide(api, body);
      requests.push({ api, path: req.url, method: req.method, headers: req.headers, body, answer });
      reply(res, body, answer);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, requests }));
  });
}
