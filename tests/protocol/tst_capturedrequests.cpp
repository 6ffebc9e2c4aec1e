// Request bodies captured from the real clients (Claude Code, Codex, opencode; see
// tests/data/protocol/captured): forwarded unchanged to a provider of the same api except for
// `model`, and translated without error for the other two apis.
#include "codec.h"
#include "passthrough.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clawdesk;

namespace {

const QString kCaptured = QStringLiteral(TEST_DATA_DIR "/protocol/captured");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

WireApi apiNamed(const QString &name)
{
    return name == u"anthropic-messages" ? WireApi::AnthropicMessages
           : name == u"openai-chat"      ? WireApi::OpenAIChat
                                         : WireApi::OpenAIResponses;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

UpstreamTarget target()
{
    UpstreamTarget t;
    t.modelId = QStringLiteral("provider-model");
    t.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    t.apiKey = QStringLiteral("fake-key");
    t.reasoning = true;
    return t;
}

} // namespace

class tst_CapturedRequests : public QObject
{
    Q_OBJECT
private slots:
    void corpusIsThere();
    void sameApiForwardsUnchanged_data();
    void sameApiForwardsUnchanged();
    void otherApisTranslate_data();
    void otherApisTranslate();
};

void tst_CapturedRequests::corpusIsThere()
{
    const QStringList bodies = QDir(kCaptured).entryList({QStringLiteral("*.body.json")});
    QVERIFY2(bodies.size() >= 10, qPrintable(QString::number(bodies.size())));
    QSet<QString> apis;
    for (const QString &name : bodies)
        apis.insert(
            object(readFile(kCaptured + QStringLiteral("/") + QString(name).replace(".body.", ".meta.")))
                .value("api")
                .toString());
    QCOMPARE(apis.size(), 3);
}

void tst_CapturedRequests::sameApiForwardsUnchanged_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &body : QDir(kCaptured).entryList({QStringLiteral("*.body.json")}))
        QTest::addRow("%s", qPrintable(body)) << QString(body).remove(QStringLiteral(".body.json"));
}

void tst_CapturedRequests::sameApiForwardsUnchanged()
{
    QFETCH(QString, name);
    const QByteArray body = readFile(kCaptured + QStringLiteral("/") + name + QStringLiteral(".body.json"));
    const QJsonObject meta =
        object(readFile(kCaptured + QStringLiteral("/") + name + QStringLiteral(".meta.json")));
    const WireApi api = apiNamed(meta.value("api").toString());
    ApiError error;
    const std::optional<RawRequest> raw = passthrough::inspect(body, &error);
    QVERIFY2(raw, qPrintable(error.message));
    QCOMPARE(raw->model, object(body).value("model").toString());
    QCOMPARE(raw->stream, object(body).value("stream").toBool());

    QByteArray forwarded = passthrough::withModel(*raw, QStringLiteral("provider-model"));
    QCOMPARE(passthrough::sanitizeSignatures(&forwarded, QStringLiteral("provider")), 0);
    const UpstreamHttpRequest http = outboundCodec(api).forwardRequest(forwarded, raw->stream, target());

    // Byte for byte: everything before and after the model value is the client's.
    QVERIFY(http.body.startsWith(body.left(raw->modelBegin)));
    QVERIFY(http.body.endsWith(body.mid(raw->modelEnd)));
    QJsonObject expected = object(body);
    expected.insert("model", QStringLiteral("provider-model"));
    QCOMPARE(object(http.body), expected);
    QCOMPARE(http.header("authorization").isEmpty() && http.header("x-api-key").isEmpty(), false);
}

void tst_CapturedRequests::otherApisTranslate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("targetApi");
    for (const QString &body : QDir(kCaptured).entryList({QStringLiteral("*.body.json")})) {
        const QString name = QString(body).remove(QStringLiteral(".body.json"));
        const WireApi source =
            apiNamed(object(readFile(kCaptured + QStringLiteral("/") + name + QStringLiteral(".meta.json")))
                         .value("api")
                         .toString());
        for (WireApi targetApi :
             {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses}) {
            if (targetApi != source)
                QTest::addRow("%s -> %s", qPrintable(name), qPrintable(wireApiConfigName(targetApi)))
                    << name << int(targetApi);
        }
    }
}

void tst_CapturedRequests::otherApisTranslate()
{
    QFETCH(QString, name);
    QFETCH(int, targetApi);
    const QByteArray body = readFile(kCaptured + QStringLiteral("/") + name + QStringLiteral(".body.json"));
    const WireApi source =
        apiNamed(object(readFile(kCaptured + QStringLiteral("/") + name + QStringLiteral(".meta.json")))
                     .value("api")
                     .toString());
    ApiError error;
    std::optional<ChatRequest> request = inboundCodec(source).decodeRequest(body, &error);
    QVERIFY2(request, qPrintable(error.message));
    request->sourceApi = source;
    request->model = QStringLiteral("provider-model");
    const UpstreamHttpRequest http = outboundCodec(WireApi(targetApi)).encodeRequest(*request, target());
    const QJsonObject sent = object(http.body);
    QCOMPARE(sent.value("model").toString(), QStringLiteral("provider-model"));

    // Only tools the target api knows, and nothing the client did not ask for.
    for (const QJsonValue &tool : sent.value("tools").toArray()) {
        const QString type = tool.toObject().value("type").toString();
        if (WireApi(targetApi) == WireApi::AnthropicMessages)
            QVERIFY2(type.isEmpty() || type == u"custom", qPrintable(type));
        else
            QCOMPARE(type, QStringLiteral("function"));
    }
    const QJsonObject client = object(body);
    if (WireApi(targetApi) == WireApi::OpenAIResponses)
        QCOMPARE(sent.contains("max_output_tokens"),
                 client.contains("max_tokens") || client.contains("max_completion_tokens"));
    if (WireApi(targetApi) == WireApi::OpenAIChat)
        QCOMPARE(sent.contains("max_completion_tokens"),
                 client.contains("max_tokens") || client.contains("max_output_tokens"));
    // Every message the provider gets has a role it accepts.
    const QJsonArray turns =
        sent.value(WireApi(targetApi) == WireApi::OpenAIResponses ? "input" : "messages").toArray();
    QVERIFY(!turns.isEmpty());
    const QStringList roles = WireApi(targetApi) == WireApi::AnthropicMessages
                                  ? QStringList{"user", "assistant"}
                                  : QStringList{"system", "developer", "user", "assistant", "tool", ""};
    for (const QJsonValue &turn : turns)
        QVERIFY2(roles.contains(turn.toObject().value("role").toString()),
                 qPrintable(turn.toObject().value("role").toString()));
}

QTEST_GUILESS_MAIN(tst_CapturedRequests)
#include "tst_capturedrequests.moc"
