#include "codec.h"
#include "protocoltestutil.h"
#include "thinkingsignature.h"

using namespace clawdesk;
using namespace clawdesk::thinking;

class TestThinkingSignature : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void notWrapped();
    void sanitize_data();
    void sanitize();
    void wrapResponseAndEvents();
    void failoverEndToEnd();
};

void TestThinkingSignature::roundTrip_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("signature");
    QTest::addRow("anthropic") << "anthropic"
                               << "EqQBCkgIARABGAIiQL2+/==";
    QTest::addRow("dotted provider") << "minimax.portal:cn"
                                     << "abc.def";
    QTest::addRow("unicode") << "prövider"
                             << "s";
}

void TestThinkingSignature::roundTrip()
{
    QFETCH(QString, provider);
    QFETCH(QString, signature);
    const QString wrapped = wrapSignature(provider, signature);
    QVERIFY(wrapped.startsWith("cdsig1."));
    QVERIFY(wrapped != signature);
    const UnwrappedSignature u = unwrapSignature(wrapped);
    QVERIFY(u.wrapped);
    QCOMPARE(u.provider, provider);
    QCOMPARE(u.signature, signature);
    QCOMPARE(wrapSignature(provider, QString()), QString()); // nothing to wrap
}

void TestThinkingSignature::notWrapped()
{
    for (const QString &s :
         {QStringLiteral("EqQBCk"), QStringLiteral("cdsig1.nodot"), QStringLiteral("cdsig1.!!!.x")}) {
        const UnwrappedSignature u = unwrapSignature(s);
        QVERIFY(!u.wrapped);
        QCOMPARE(u.signature, s);
    }
}

void TestThinkingSignature::sanitize_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("expected"); // block descriptions after sanitising for "anthropic"
    const QString own = wrapSignature("anthropic", "SIG");
    const QString foreign = wrapSignature("minimax", "MM");
    QTest::addRow("own kept, unwrapped")
        << own << int(ForeignThinking::Drop) << QStringList{"thinking:why:SIG", "text:answer"};
    QTest::addRow("foreign dropped") << foreign << int(ForeignThinking::Drop) << QStringList{"text:answer"};
    QTest::addRow("foreign to text") << foreign << int(ForeignThinking::ConvertToText)
                                     << QStringList{"text:why", "text:answer"};
    QTest::addRow("unknown dropped") << "rawsig" << int(ForeignThinking::Drop) << QStringList{"text:answer"};
    QTest::addRow("unsigned dropped") << "" << int(ForeignThinking::Drop) << QStringList{"text:answer"};
}

static QStringList blocks(const ChatMessage &m)
{
    QStringList out;
    for (const ContentBlock &b : m.content) {
        if (b.type == ContentBlock::Type::Thinking)
            out << "thinking:" + b.text + ":" + b.signature;
        else if (b.type == ContentBlock::Type::Text)
            out << "text:" + b.text;
        else if (b.type == ContentBlock::Type::RedactedThinking)
            out << "redacted:" + b.redactedData;
    }
    return out;
}

void TestThinkingSignature::sanitize()
{
    QFETCH(QString, signature);
    QFETCH(int, mode);
    QFETCH(QStringList, expected);
    ChatRequest r;
    ChatMessage user;
    user.content << ContentBlock::makeText("q");
    ChatMessage a;
    a.role = ChatMessage::Role::Assistant;
    a.content << ContentBlock::makeThinking("why", signature) << ContentBlock::makeText("answer");
    r.messages << user << a;
    const int changed = sanitizeThinkingFor(r, "anthropic", ForeignThinking(mode));
    QCOMPARE(blocks(r.messages[1]), expected);
    QCOMPARE(changed, expected.size() == 2 && expected[0].startsWith("thinking") ? 0 : 1);
    QCOMPARE(blocks(r.messages[0]), QStringList{"text:q"}); // user turns untouched
}

void TestThinkingSignature::wrapResponseAndEvents()
{
    ChatResponse resp;
    resp.content << ContentBlock::makeThinking("t", "S");
    ContentBlock red;
    red.type = ContentBlock::Type::RedactedThinking;
    red.redactedData = "R";
    resp.content << red << ContentBlock::makeText("x");
    wrapSignatures(resp, "p1");
    QCOMPARE(unwrapSignature(resp.content[0].signature).provider, QStringLiteral("p1"));
    QCOMPARE(unwrapSignature(resp.content[1].redactedData).signature, QStringLiteral("R"));
    QCOMPARE(resp.content[2].text, QStringLiteral("x"));

    StreamEvent sig = StreamEvent::signatureDelta(0, "S");
    wrapSignatures(sig, "p1");
    QCOMPARE(sig.text, wrapSignature("p1", "S"));
    StreamEvent text = StreamEvent::textDelta(0, "S");
    wrapSignatures(text, "p1");
    QCOMPARE(text.text, QStringLiteral("S"));

    // redacted thinking from another provider is always dropped
    ChatRequest r;
    ChatMessage a;
    a.role = ChatMessage::Role::Assistant;
    a.content = resp.content;
    r.messages << a;
    QCOMPARE(sanitizeThinkingFor(r, "p2", ForeignThinking::ConvertToText), 2);
    QCOMPARE(blocks(r.messages[0]), (QStringList{"text:t", "text:x"}));
}

void TestThinkingSignature::failoverEndToEnd()
{
    // Opus answers with thinking; the client replays it; the gateway fails over to MiniMax.
    ApiError error;
    auto resp =
        outboundCodec(WireApi::AnthropicMessages)
            .decodeResponse(
                R"({"id":"msg_1","model":"opus","content":[{"type":"thinking","thinking":"plan","signature":"OPUS_SIG"},{"type":"text","text":"hi"}],"stop_reason":"end_turn","usage":{}})",
                &error);
    QVERIFY(resp);
    wrapSignatures(*resp, "anthropic");
    const QJsonObject client =
        testutil::parse(inboundCodec(WireApi::AnthropicMessages).encodeResponse(*resp));
    const QString relayed = client["content"][0]["signature"].toString();
    QVERIFY(relayed.startsWith("cdsig1."));
    const QByteArray next =
        R"({"model":"opus","max_tokens":100,"messages":[{"role":"user","content":"a"},{"role":"assistant","content":[{"type":"thinking","thinking":"plan","signature":")" +
        relayed.toUtf8() + R"("},{"type":"text","text":"hi"}]},{"role":"user","content":"b"}]})";
    auto request = inboundCodec(WireApi::AnthropicMessages).decodeRequest(next, &error);
    QVERIFY(request);
    ChatRequest toMiniMax = *request;
    sanitizeThinkingFor(toMiniMax, "minimax");
    UpstreamTarget t;
    t.baseUrl = "https://api.minimax.io/anthropic";
    QVERIFY(
        !outboundCodec(WireApi::AnthropicMessages).encodeRequest(toMiniMax, t).body.contains("signature"));
    ChatRequest backToOpus = *request;
    sanitizeThinkingFor(backToOpus, "anthropic");
    QVERIFY(outboundCodec(WireApi::AnthropicMessages)
                .encodeRequest(backToOpus, t)
                .body.contains("\"signature\":\"OPUS_SIG\""));
}

QTEST_GUILESS_MAIN(TestThinkingSignature)
#include "tst_thinkingsignature.moc"
