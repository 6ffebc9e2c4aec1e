// The SDK scenarios: chat.completions (stream and not, tools), responses (stream and not),
// messages.create and messages.stream().finalMessage() (tools), and a wrong token.
import assert from 'node:assert/strict';

const weatherTool = {
  type: 'function',
  function: { name: 'get_weather', description: 'Weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};
const anthropicTool = { name: 'get_weather', description: 'Weather of a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };

export async function runSdkTests({ openai, anthropic, upstream, OpenAI, Anthropic, port }) {
  const tests = [];
  const test = (name, fn) => tests.push({ name, fn });

  test('chat.completions.create text (anthropic upstream)', async () => {
    const r = await openai.chat.completions.create({ model: 'fakeanth/anth-model',
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] });
    assert.equal(r.choices[0].message.content, 'Hello from anthropic');
    assert.equal(r.choices[0].finish_reason, 'stop');
    assert.equal(r.usage.completion_tokens, 4);
    const sent = upstream.requests.at(-1);
    assert.equal(sent.path, '/anthropic/v1/messages');
    assert.equal(sent.headers['x-api-key'], 'anth-key');
  });
  test('chat.completions.create tools', async () => {
    const r = await openai.chat.completions.create({ model: 'fakechat/chat-model', tools: [weatherTool],
      messages: [{ role: 'user', content: 'Weather in Paris?' }] });
    const call = r.choices[0].message.tool_calls[0];
    assert.equal(call.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(call.function.arguments), { city: 'Paris' });
    assert.equal(r.choices[0].finish_reason, 'tool_calls');
  });
  test('chat.completions.create stream', async () => {
    const stream = await openai.chat.completions.create({ model: 'fakeanth/anth-model', stream: true,
      messages: [{ role: 'user', content: 'Hi' }] });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) { chunks += 1; text += chunk.choices[0]?.delta?.content ?? ''; }
    assert.equal(text, 'Hello from anthropic');
    assert.ok(chunks >= 3);
  });
  test('chat.completions.create stream tools (multi-turn with tool result)', async () => {
    const stream = await openai.chat.completions.create({ model: 'fakeanth/anth-model', stream: true,
      tools: [weatherTool], messages: [
        { role: 'user', content: 'Weather in Paris?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_0', type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
        { role: 'tool', tool_call_id: 'call_0', content: '18C' },
        { role: 'user', content: 'And tomorrow?' }] });
    let args = '';
    let name = '';
    for await (const chunk of stream) {
      const call = chunk.choices[0]?.delta?.tool_calls?.[0];
      if (call?.function?.name) name = call.function.name;
      args += call?.function?.arguments ?? '';
    }
    assert.equal(name, 'get_weather');
    assert.deepEqual(JSON.parse(args), { city: 'Paris' });
    const sent = upstream.requests.at(-1).body;
    assert.ok(JSON.stringify(sent.messages).includes('tool_result'));
  });
  test('responses.create', async () => {
    const r = await openai.responses.create({ model: 'fakechat/chat-model', input: 'Hi', instructions: 'Be brief.' });
    assert.equal(r.output_text, 'Hello from chat');
    assert.equal(r.status, 'completed');
  });
  test('responses.create stream', async () => {
    const stream = await openai.responses.create({ model: 'fakeanth/anth-model', input: 'Hi', stream: true });
    let text = '';
    let completed = false;
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') completed = true;
    }
    assert.equal(text, 'Hello from anthropic');
    assert.ok(completed);
  });
  test('messages.create (chat upstream)', async () => {
    const r = await anthropic.messages.create({ model: 'fakechat/chat-model', max_tokens: 100, system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi' }] });
    assert.equal(r.content[0].text, 'Hello from chat');
    assert.equal(r.stop_reason, 'end_turn');
    assert.equal(upstream.requests.at(-1).headers.authorization, 'Bearer chat-key');
  });
  test('messages.create tools with an invented Claude name (routed to the primary)', async () => {
    const r = await anthropic.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 100,
      tools: [anthropicTool], messages: [{ role: 'user', content: 'Weather in Paris?' }] });
    const use = r.content.find((b) => b.type === 'tool_use');
    assert.equal(use.name, 'get_weather');
    assert.deepEqual(use.input, { city: 'Paris' });
    assert.equal(r.stop_reason, 'tool_use');
  });
  test('messages.stream().finalMessage() tools', async () => {
    const message = await anthropic.messages.stream({ model: 'fakechat/chat-model', max_tokens: 100,
      tools: [anthropicTool], messages: [{ role: 'user', content: 'Weather in Paris?' }] }).finalMessage();
    const use = message.content.find((b) => b.type === 'tool_use');
    assert.equal(use.name, 'get_weather');
    assert.deepEqual(use.input, { city: 'Paris' });
    assert.equal(message.stop_reason, 'tool_use');
  });
  test('messages.create stream text', async () => {
    const stream = await anthropic.messages.create({ model: 'fakechat/chat-model', max_tokens: 100, stream: true,
      messages: [{ role: 'user', content: 'Hi' }] });
    let text = '';
    for await (const event of stream)
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    assert.equal(text, 'Hello from chat');
  });
  test('wrong token is a 401 in each SDK', async () => {
    const badOpenAI = new OpenAI({ apiKey: 'wrong', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
    await assert.rejects(badOpenAI.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] }),
      (e) => e.status === 401);
    const badAnthropic = new Anthropic({ apiKey: 'wrong', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
    await assert.rejects(badAnthropic.messages.create({ model: 'x', max_tokens: 5,
      messages: [{ role: 'user', content: 'Hi' }] }), (e) => e.status === 401 && e.error?.type === 'error');
  });
  test('models.list', async () => {
    const ids = [];
    for await (const model of openai.models.list()) ids.push(model.id);
    assert.ok(ids.includes('fakechat/chat-model') && ids.includes('fakeanth/anth-model'), ids.join(','));
  });

  let failed = 0;
  for (const { name, fn } of tests) {
    try {
      await fn();
      console.log(`PASS ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    }
  }
  return failed;
}
