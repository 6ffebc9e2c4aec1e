// Models list encoders and the /v1/messages/count_tokens estimate; wireApiFromConfig; ApiError.
#include "modelslist.h"
#include "protocoltestutil.h"
#include "tokenestimate.h"
#include "wireapi.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

class TestGatewayEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void openAIModels();
    void anthropicModels();
    void countTokens_data();
    void countTokens();
    void countTokensInvalid();
    void wireApiNames();
    void errorFromStatus_data();
    void errorFromStatus();
};

static QList<ModelListEntry> sampleModels()
{
    return {
        {"minimax/MiniMax-M2", "MiniMax M2", "minimax", QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC)},
        {"opus", "", "anthropic", {}}};
}

void TestGatewayEndpoints::openAIModels()
{
    QCOMPARE(
        encodeOpenAIModelsList(sampleModels()),
        QByteArray(
            R"({"data":[{"created":1735689600,"id":"minimax/MiniMax-M2","object":"model","owned_by":"minimax"},)"
            R"({"created":0,"id":"opus","object":"model","owned_by":"anthropic"}],"object":"list"})"));
    QCOMPARE(encodeOpenAIModelsList({}), QByteArray(R"({"data":[],"object":"list"})"));
}

void TestGatewayEndpoints::anthropicModels()
{
    const QJsonObject o = parse(encodeAnthropicModelsList(sampleModels()));
    QCOMPARE(o["data"].toArray().size(), 2);
    QCOMPARE(o["data"][0]["type"].toString(), QStringLiteral("model"));
    QCOMPARE(o["data"][0]["display_name"].toString(), QStringLiteral("MiniMax M2"));
    QCOMPARE(o["data"][0]["created_at"].toString(), QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(o["data"][1]["display_name"].toString(), QStringLiteral("opus"));
    QCOMPARE(o["has_more"].toBool(true), false);
    QCOMPARE(o["first_id"].toString(), QStringLiteral("minimax/MiniMax-M2"));
    QCOMPARE(o["last_id"].toString(), QStringLiteral("opus"));
    const QJsonObject empty = parse(encodeAnthropicModelsList({}));
    QVERIFY(empty["first_id"].isNull());
}

void TestGatewayEndpoints::countTokens_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expected");
    // 3 priming + 4 per message + ceil(bytes/4)
    QTest::addRow("one short message")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"Hello, world"}]})")
        << qint64(3 + 4 + 3);
    QTest::addRow("system and two turns")
        << QByteArray(
               R"({"model":"m","system":"12345678","messages":[{"role":"user","content":"abcd"},{"role":"assistant","content":"abcde"}]})")
        << qint64(3 + 2 + 4 + 1 + 4 + 2);
    QTest::addRow("image")
        << QByteArray(
               R"({"model":"m","messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","url":"https://x/y.png"}}]}]})")
        << qint64(3 + 4 + 1600);
    QTest::addRow("utf8 bytes") << QByteArray(
                                       R"({"model":"m","messages":[{"role":"user","content":"日本"}]})")
                                << qint64(3 + 4 + 2);
    QTest::addRow("tools")
        << QByteArray(
               R"({"model":"m","tools":[{"name":"abcd","description":"","input_schema":{"type":"object"}}],"messages":[{"role":"user","content":"x"}]})")
        << qint64(3 + 4 + 1 + 350 + 1 + 0 + 5);
}

void TestGatewayEndpoints::countTokens()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, expected);
    ApiError error;
    const auto out = tokens::countTokensResponse(body, &error);
    QVERIFY2(out, qPrintable(error.message));
    QCOMPARE(*out, QByteArray(R"({"input_tokens":)" + QByteArray::number(expected) + "}"));
}

void TestGatewayEndpoints::countTokensInvalid()
{
    ApiError error;
    QVERIFY(!tokens::countTokensResponse(R"({"model":"m"})", &error));
    QCOMPARE(error.message, QStringLiteral("messages: required"));
    QCOMPARE(error.httpStatus, 400);
}

void TestGatewayEndpoints::wireApiNames()
{
    QCOMPARE(wireApiFromConfig("anthropic-messages"), WireApi::AnthropicMessages);
    QCOMPARE(wireApiFromConfig("openai-completions"), WireApi::OpenAIChat);
    QCOMPARE(wireApiFromConfig("openai-responses"), WireApi::OpenAIResponses);
    QVERIFY(!wireApiFromConfig("google-generative-ai"));
    QVERIFY(!wireApiFromConfig(""));
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses})
        QCOMPARE(wireApiFromConfig(wireApiConfigName(api)), api);
}

void TestGatewayEndpoints::errorFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addRow("400") << 400 << int(ApiError::Kind::InvalidRequest);
    QTest::addRow("401") << 401 << int(ApiError::Kind::Authentication);
    QTest::addRow("403") << 403 << int(ApiError::Kind::Permission);
    QTest::addRow("404") << 404 << int(ApiError::Kind::NotFound);
    QTest::addRow("408") << 408 << int(ApiError::Kind::Timeout);
    QTest::addRow("413") << 413 << int(ApiError::Kind::RequestTooLarge);
    QTest::addRow("422") << 422 << int(ApiError::Kind::InvalidRequest);
    QTest::addRow("429") << 429 << int(ApiError::Kind::RateLimit);
    QTest::addRow("500") << 500 << int(ApiError::Kind::Api);
    QTest::addRow("503") << 503 << int(ApiError::Kind::Overloaded);
    QTest::addRow("504") << 504 << int(ApiError::Kind::Timeout);
    QTest::addRow("529") << 529 << int(ApiError::Kind::Overloaded);
}

void TestGatewayEndpoints::errorFromStatus()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    const ApiError e = ApiError::fromStatus(status, "m");
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.message, QStringLiteral("m"));
}

QTEST_GUILESS_MAIN(TestGatewayEndpoints)
#include "tst_gatewayendpoints.moc"
