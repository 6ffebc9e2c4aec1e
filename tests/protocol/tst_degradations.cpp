// What a provider receives when a client's request is translated to another api: each mapped or
// dropped field, and the note that names it to the client (x-clawdesk-degraded).
#include "codec.h"
#include "passthrough.h"
#include "thinkingsignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clawdesk;

namespace {

/// The value at "a/b/0/c" in @p root as compact text ("<absent>" when missing, "#n" counts an array).
QString valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'/')) {
        if (part == u"#")
            return QString::number(v.toArray().size());
        if (v.isArray())
            v = v.toArray().at(part.toInt());
        else
            v = v.toObject().value(part);
        if (v.isUndefined())
            return QStringLiteral("<absent>");
    }
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}

constexpr int A = int(WireApi::AnthropicMessages);
constexpr int C = int(WireApi::OpenAIChat);
constexpr int R = int(WireApi::OpenAIResponses);

const QByteArray kPdf = "JVBERi0xLjQK";

} // namespace

class tst_Degradations : public QObject
{
    Q_OBJECT
private slots:
    void providerReceives_data();
    void providerReceives();
    void modelSplice_data();
    void modelSplice();
    void notJson_data();
    void notJson();
    void signaturesOfAnotherProvider();
};

void tst_Degradations::providerReceives_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("note"); ///< part of a degradation note ("" = none expected)

    const QByteArray midSystem =
        R"({"model":"m","max_tokens":100,"messages":[{"role":"user","content":"hi"},)"
        R"({"role":"system","content":"be brief"},{"role":"user","content":"go"}]})";
    QTest::addRow("mid system -> chat system message") << A << midSystem << C << "messages/1/role"
                                                       << "system"
                                                       << "messages[1] system message";
    QTest::addRow("mid system -> chat text") << A << midSystem << C << "messages/1/content"
                                             << "be brief"
                                             << "messages[1] system message";
    QTest::addRow("mid system -> responses developer") << A << midSystem << R << "input/1/role"
                                                       << "developer"
                                                       << "messages[1] system message";
    QTest::addRow("chat mid system -> anthropic user text")
        << C
        << QByteArray(
               R"({"model":"m","messages":[{"role":"user","content":"hi"},{"role":"system","content":"be brief"}]})")
        << A << "messages/0/content/1/text"
        << "<system>\nbe brief\n</system>"
        << "messages[1] system message";
    QTest::addRow("leading system stays the system prompt")
        << C
        << QByteArray(
               R"({"model":"m","messages":[{"role":"system","content":"rules"},{"role":"user","content":"hi"}]})")
        << A << "system"
        << "rules"
        << "";

    const QByteArray adaptive =
        R"({"model":"m","max_tokens":100,"thinking":{"type":"adaptive"},"output_config":{"effort":"medium"},)"
        R"("messages":[{"role":"user","content":"hi"}]})";
    QTest::addRow("adaptive -> chat reasoning_effort") << A << adaptive << C << "reasoning_effort"
                                                       << "medium"
                                                       << "thinking adaptive";
    QTest::addRow("adaptive -> responses reasoning.effort") << A << adaptive << R << "reasoning/effort"
                                                            << "medium"
                                                            << "thinking adaptive";
    QTest::addRow("adaptive without effort is high")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"thinking":{"type":"adaptive"},"messages":[{"role":"user","content":"hi"}]})")
        << R << "reasoning/effort"
        << "high"
        << "reasoning effort high";
    QTest::addRow("max effort -> high")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"thinking":{"type":"adaptive"},"output_config":{"effort":"max"},"messages":[{"role":"user","content":"hi"}]})")
        << C << "reasoning_effort"
        << "high"
        << "thinking adaptive";

    const QByteArray document =
        R"({"model":"m","max_tokens":100,"messages":[{"role":"user","content":[{"type":"text","text":"read"},)"
        R"({"type":"document","title":"doc.pdf","source":{"type":"base64","media_type":"application/pdf","data":")" +
        kPdf + R"("}}]}]})";
    QTest::addRow("document -> chat file part") << A << document << C << "messages/0/content/1/type"
                                                << "file"
                                                << "document";
    QTest::addRow("document -> chat file data")
        << A << document << C << "messages/0/content/1/file/file_data"
        << "data:application/pdf;base64," + QString::fromLatin1(kPdf) << "document";
    QTest::addRow("document -> responses input_file") << A << document << R << "input/0/content/1/type"
                                                      << "input_file"
                                                      << "document";
    QTest::addRow("document -> responses filename") << A << document << R << "input/0/content/1/filename"
                                                    << "doc.pdf"
                                                    << "document";
    QTest::addRow("text document -> chat text")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"text","media_type":"text/plain","data":"plain words"}}]}]})")
        << C << "messages/0/content/0/text"
        << "plain words"
        << "document";
    QTest::addRow("responses input_file -> anthropic document")
        << R
        << QByteArray(
               R"({"model":"m","input":[{"role":"user","content":[{"type":"input_text","text":"read"},{"type":"input_file","filename":"a.pdf","file_data":"data:application/pdf;base64,)" +
               kPdf + R"("}]}]})")
        << A << "messages/0/content/1/source/media_type"
        << "application/pdf"
        << "input_file";
    QTest::addRow("chat file -> responses input_file")
        << C
        << QByteArray(
               R"({"model":"m","messages":[{"role":"user","content":[{"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,)" +
               kPdf + R"("}}]}]})")
        << R << "input/0/content/0/type"
        << "input_file"
        << "file";

    const QByteArray codexTools =
        R"({"model":"m","input":"hi","tools":[{"type":"function","name":"exec_command","parameters":{"type":"object"}},)"
        R"({"type":"namespace","name":"multi_agent_v1","description":"agents","tools":[{"type":"function","name":"spawn_agent","parameters":{"type":"object"}}]},)"
        R"({"type":"web_search"}]})";
    QTest::addRow("web_search dropped for chat") << R << codexTools << C << "tools/#"
                                                 << "2"
                                                 << "tools[2] web_search dropped";
    QTest::addRow("namespace flattened for chat") << R << codexTools << C << "tools/1/function/name"
                                                  << "spawn_agent"
                                                  << "namespace multi_agent_v1 flattened";
    QTest::addRow("namespace flattened for anthropic") << R << codexTools << A << "tools/1/name"
                                                       << "spawn_agent"
                                                       << "namespace multi_agent_v1 flattened";
    QTest::addRow("anthropic server tool dropped")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"messages":[{"role":"user","content":"hi"}],"tools":[{"name":"Read","input_schema":{"type":"object"}},{"type":"web_search_20250305","name":"web_search","max_uses":3}]})")
        << R << "tools/#"
        << "1"
        << "tools[1] web_search_20250305 dropped";
    QTest::addRow("context_management dropped")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"context_management":{"edits":[]},"messages":[{"role":"user","content":"hi"}]})")
        << C << "context_management"
        << "<absent>"
        << "context_management dropped";
    QTest::addRow("server tool result block dropped")
        << A
        << QByteArray(
               R"({"model":"m","max_tokens":9,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"server_tool_use","id":"s","name":"web_search","input":{}},{"type":"text","text":"found"}]}]})")
        << C << "messages/1/content"
        << "found"
        << "messages[1].content[0] server_tool_use dropped";
    QTest::addRow("web_search_call item dropped")
        << R
        << QByteArray(
               R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"web_search_call","id":"w","status":"completed"},{"role":"user","content":"and?"}]})")
        << A << "messages/#"
        << "1"
        << "input[1] web_search_call dropped";
    QTest::addRow("custom tool dropped for anthropic")
        << R
        << QByteArray(
               R"({"model":"m","input":"hi","tools":[{"type":"custom","name":"apply_patch","description":"patch"}]})")
        << A << "tools"
        << "<absent>"
        << "tools[0] custom dropped";

    const QByteArray noCap = R"({"model":"m","input":"hi"})";
    QTest::addRow("no cap added for chat") << R << noCap << C << "max_completion_tokens"
                                           << "<absent>"
                                           << "";
    QTest::addRow("a client cap is kept")
        << R << QByteArray(R"({"model":"m","input":"hi","max_output_tokens":77})") << C
        << "max_completion_tokens"
        << "77"
        << "";
    QTest::addRow("anthropic needs max_tokens") << R << noCap << A << "max_tokens"
                                                << "8192"
                                                << "";
}

void tst_Degradations::providerReceives()
{
    QFETCH(int, source);
    QFETCH(QByteArray, body);
    QFETCH(int, target);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, note);
    ApiError error;
    std::optional<ChatRequest> request = inboundCodec(WireApi(source)).decodeRequest(body, &error);
    QVERIFY2(request, qPrintable(error.message));
    request->sourceApi = WireApi(source);
    UpstreamTarget t;
    t.modelId = QStringLiteral("provider-model");
    t.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    t.reasoning = true;
    const QByteArray sent = outboundCodec(WireApi(target)).encodeRequest(*request, t).body;
    QCOMPARE(valueAt(QJsonDocument::fromJson(sent).object(), path), expected);
    const QString notes = request->degradations.join(QStringLiteral("; "));
    if (note.isEmpty())
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    else
        QVERIFY2(notes.contains(note), qPrintable(notes));
}

void tst_Degradations::modelSplice_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QByteArray(R"({"model":"a","x":1})")
                           << QByteArray(R"({"model":"p/m \"q\"","x":1})");
    QTest::addRow("spaces kept")
        << QByteArray("{ \"x\" : [1, {\"model\":\"inner\"}] ,\n \"model\" : \"a\" }")
        << QByteArray("{ \"x\" : [1, {\"model\":\"inner\"}] ,\n \"model\" : \"p/m \\\"q\\\"\" }");
    QTest::addRow("escaped key kept")
        << QByteArray(R"({"mo\u0064el":"a"})") << QByteArray(R"({"mo\u0064el":"p/m \"q\""})");
}

void tst_Degradations::modelSplice()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    ApiError error;
    const auto raw = passthrough::inspect(body, &error);
    QVERIFY2(raw, qPrintable(error.message));
    QCOMPARE(raw->model, QStringLiteral("a"));
    QCOMPARE(passthrough::withModel(*raw, QStringLiteral("p/m \"q\"")), expected);
}

void tst_Degradations::notJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << QByteArray() << "body:";
    QTest::addRow("array") << QByteArray("[1]") << "body: expected a JSON object";
    QTest::addRow("truncated") << QByteArray(R"({"model":"a",)") << "body: invalid JSON";
    QTest::addRow("trailing") << QByteArray(R"({"model":"a"} x)") << "body: invalid JSON";
    QTest::addRow("no model") << QByteArray(R"({"messages":[]})") << "model: required";
    QTest::addRow("model number") << QByteArray(R"({"model":5})") << "model: expected a string";
}

void tst_Degradations::notJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ApiError error;
    QVERIFY(!passthrough::inspect(body, &error));
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(error.httpStatus, 400);
}

void tst_Degradations::signaturesOfAnotherProvider()
{
    const QString own = thinking::wrapSignature(QStringLiteral("anthropic"), QStringLiteral("SIG-A"));
    const QString foreign = thinking::wrapSignature(QStringLiteral("minimax"), QStringLiteral("SIG-M"));
    QByteArray body =
        QStringLiteral(
            R"({"model":"m","messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"a","signature":"%1"},)"
            R"({"type":"thinking","thinking":"b","signature":"%2"},{"type":"text","text":"t"}]}]})")
            .arg(own, foreign)
            .toUtf8();
    QCOMPARE(passthrough::sanitizeSignatures(&body, QStringLiteral("anthropic")), 1);
    const QJsonArray content =
        QJsonDocument::fromJson(body).object()["messages"].toArray().at(0).toObject()["content"].toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject()["signature"].toString(), QStringLiteral("SIG-A"));
    QCOMPARE(content.at(1).toObject()["text"].toString(), QStringLiteral("t"));
    QByteArray plain = R"({"model":"m","messages":[]})";
    QCOMPARE(passthrough::sanitizeSignatures(&plain, QStringLiteral("anthropic")), 0);
    QCOMPARE(plain, QByteArray(R"({"model":"m","messages":[]})"));
}

QTEST_GUILESS_MAIN(tst_Degradations)
#include "tst_degradations.moc"
