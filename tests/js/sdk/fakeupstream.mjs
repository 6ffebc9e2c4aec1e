// A tiny scripted model provider for the SDK tests: OpenAI Chat Completions at /v1/chat/completions and
// Anthropic Messages at /anthropic/v1/messages, streamed or not. With tools in the request it answers
// with a get_weather tool call, else with the text "Hello from <kind>".
import http from 'node:http';

const toolArgs = JSON.stringify({ city: 'Paris' });

function chatReply(req, res, body) {
  const tools = Array.isArray(body.tools) && body.tools.length > 0;
  const text = 'Hello from chat';
  if (!body.stream) {
    const message = tools
      ? { role: 'assistant', content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: toolArgs } }] }
      : { role: 'assistant', content: text };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 1700000000, model: body.model,
      choices: [{ index: 0, message, finish_reason: tools ? 'tool_calls' : 'stop' }],
      usage: { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const chunk = (delta, finish = null, usage) => {
    const obj = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1700000000, model: body.model,
      choices: delta === undefined ? [] : [{ index: 0, delta, finish_reason: finish }] };
    if (usage) obj.usage = usage;
    res.write(`data: ${JSON.stringify(obj)}\n\n`);
  };
  chunk({ role: 'assistant', content: '' });
  if (tools) {
    chunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '' } }] });
    chunk({ tool_calls: [{ index: 0, function: { arguments: toolArgs.slice(0, 5) } }] });
    chunk({ tool_calls: [{ index: 0, function: { arguments: toolArgs.slice(5) } }] });
    chunk({}, 'tool_calls');
  } else {
    for (const piece of ['Hello', ' from', ' chat']) chunk({ content: piece });
    chunk({}, 'stop');
  }
  chunk(undefined, null, { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 });
  res.end('data: [DONE]\n\n');
}

function anthropicReply(req, res, body) {
  const tools = Array.isArray(body.tools) && body.tools.length > 0;
  const text = 'Hello from anthropic';
  const content = tools ? [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }]
                        : [{ type: 'text', text }];
  const stop = tools ? 'tool_use' : 'end_turn';
  if (!body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: body.model, content,
      stop_reason: stop, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 4 } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const ev = (name, data) => res.write(`event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`);
  ev('message_start', { message: { id: 'msg_1', type: 'message', role: 'assistant', model: body.model, content: [],
    stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 0 } } });
  if (tools) {
    ev('content_block_start', { index: 0, content_block: { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} } });
    ev('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: toolArgs.slice(0, 5) } });
    ev('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: toolArgs.slice(5) } });
  } else {
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    for (const piece of ['Hello', ' from', ' anthropic'])
      ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } });
  }
  ev('content_block_stop', { index: 0 });
  ev('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 4 } });
  ev('message_stop', {});
  res.end();
}

export function startFakeUpstream() {
  const requests = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => {
      let body = {};
      try { body = JSON.parse(data); } catch { /* answered below */ }
      requests.push({ path: req.url, headers: req.headers, body });
      if (req.url === '/v1/chat/completions') return chatReply(req, res, body);
      if (req.url === '/anthropic/v1/messages') return anthropicReply(req, res, body);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.url}` } }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, requests }));
  });
}
