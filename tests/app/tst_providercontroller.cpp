// The Model/auth page's controller: URL and id validation as you type, provider edits through
// ConfigStore (comments kept), where a sign-in is said to live for each OpenClaw release, and LM Studio
// model discovery against a real local HTTP server.
#include "apptestsupport.h"
#include "configcontroller.h"
#include "openclawsqlitestore.h"
#include "providercontroller.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace clawdesk;

namespace {
/// Answers every request with one canned HTTP response.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests.append(socket->readAll());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                                  m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QList<QByteArray> m_requests;

private:
    QByteArray m_body;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

/// An agent's own SQLite store (`<agentDir>/openclaw-agent.sqlite`) as OpenClaw 2026.9.6 writes it.
void writeAgentStore(const QString &agentDir, const QByteArray &storeJson)
{
    QDir().mkpath(agentDir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(agentDir + QStringLiteral("/openclaw-agent.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TABLE auth_profile_store (store_key TEXT NOT NULL PRIMARY KEY, "
                                      "store_json TEXT NOT NULL, updated_at INTEGER NOT NULL) STRICT")),
            qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral("INSERT INTO auth_profile_store VALUES ('primary', ?, 1)"));
        query.addBindValue(QString::fromUtf8(storeJson));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

const QByteArray kAnthropicProfile =
    R"({"version":1,"profiles":{"anthropic:default":{"type":"api_key","provider":"anthropic","key":"sk-ant-00000000"}}})";
} // namespace

class TestProviderController : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlError_data();
    void baseUrlError();
    void providerIdError_data();
    void providerIdError();
    void saveProviderKeepsComments();
    void saveProviderRejectsBadInput();
    void providerInfo();
    void secretLocationNamesTheStore_data();
    void secretLocationNamesTheStore();
    void parseModelList_data();
    void parseModelList();
    void discoverModels();
    void discoverModelsUnreachable();
};

void TestProviderController::baseUrlError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addRow("lm studio") << "http://127.0.0.1:1234/v1" << true;
    QTest::addRow("https") << "https://api.example.com/v1" << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("no scheme") << "127.0.0.1:1234" << false;
    QTest::addRow("ftp") << "ftp://example.com" << false;
    QTest::addRow("no host") << "http://" << false;
}

void TestProviderController::baseUrlError()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QCOMPARE(providers.baseUrlError(url).isEmpty(), valid);
}

void TestProviderController::providerIdError_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << "my-proxy" << true;
    QTest::addRow("dots") << "lab.v2_x" << true;
    QTest::addRow("upper") << "MyProxy" << false;
    QTest::addRow("slash") << "a/b" << false;
    QTest::addRow("empty") << "" << false;
}

void TestProviderController::providerIdError()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QCOMPARE(providers.providerIdError(id).isEmpty(), valid);
}

void TestProviderController::saveProviderKeepsComments()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QVERIFY2(providers.saveProvider(QStringLiteral("lmstudio"), QStringLiteral("http://127.0.0.1:1234/v1"),
                                    QStringLiteral("openai-responses")),
             qPrintable(providers.lastError()));
    QVERIFY2(providers.addProviderModels(QStringLiteral("lmstudio"),
                                         {QStringLiteral("qwen3-coder"), QStringLiteral("qwen3-coder")}),
             qPrintable(providers.lastError()));
    const QByteArray bytes = dir.read();
    QVERIFY(bytes.startsWith("{\n  // ClawDesk test config\n"));
    QVERIFY(bytes.contains("// when Opus is rate-limited"));
    QCOMPARE(bytes.count("\"qwen3-coder\""), 2); // id and name of one entry, though asked twice
    QVERIFY(config.snapshot()->registry().isConfiguredProvider(QStringLiteral("lmstudio")));
    const QVariantMap info = providers.provider(QStringLiteral("lmstudio"));
    QCOMPARE(info.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:1234/v1"));
    QVERIFY(info.value(QStringLiteral("models")).toStringList().contains(QStringLiteral("qwen3-coder")));
}

void TestProviderController::saveProviderRejectsBadInput()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QVERIFY(!providers.saveProvider(QStringLiteral("x"), QStringLiteral("not a url"), QString()));
    QVERIFY(!providers.lastError().isEmpty());
    QCOMPARE(dir.read(), QByteArray(apptest::CommentedConfig));
}

void TestProviderController::providerInfo()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    const QVariantMap minimax = providers.provider(QStringLiteral("minimax"));
    QVERIFY(minimax.value(QStringLiteral("hasAuth")).toBool());
    // The key comes from openclaw.json's env block; it is shown masked, never in full.
    QVERIFY(!minimax.value(QStringLiteral("apiKeyMasked"))
                 .toString()
                 .contains(QStringLiteral("sk-test-0000000000000000000000000000")));
    QVERIFY(!minimax.value(QStringLiteral("secretLocation")).toString().isEmpty());
    const QVariantMap openai = providers.provider(QStringLiteral("openai"));
    QVERIFY(!openai.value(QStringLiteral("hasAuth")).toBool());
    QCOMPARE(openai.value(QStringLiteral("secretLocation")).toString(), QStringLiteral("No key yet."));
}

void TestProviderController::secretLocationNamesTheStore_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("expected");
    // 2026.1.30 reads auth-profiles.json only.
    QTest::addRow("2026.1.30, auth-profiles.json")
        << "2026.1.30"
        << "file"
        << "Signed in: profile anthropic:default in OpenClaw's auth-profiles.json "
           "(~/.openclaw/agents/main/agent/auth-profiles.json).";
    // 2026.9.6 keeps credentials in SQLite: the shared state database once it has moved them there...
    QTest::addRow("2026.9.6, state database") << "2026.9.6"
                                              << "state"
                                              << "Signed in: profile anthropic:default in OpenClaw's "
                                                 "credential store (~/.openclaw/state/openclaw.sqlite).";
    // ...before that the main agent's own database...
    QTest::addRow("2026.9.6, main agent database")
        << "2026.9.6"
        << "main agent"
        << "Signed in: profile anthropic:default in OpenClaw's credential store "
           "(~/.openclaw/agents/main/agent/openclaw-agent.sqlite).";
    // ...and for another agent the shared store, though that agent's own store holds other profiles.
    QTest::addRow("2026.9.6, shared store seen from another agent")
        << "2026.9.6"
        << "other agent"
        << "Signed in: profile anthropic:default in OpenClaw's credential store "
           "(~/.openclaw/state/openclaw.sqlite).";
    // A leftover auth-profiles.json is not OpenClaw 2026.9.6's store: doctor --fix imports it.
    QTest::addRow("2026.9.6, leftover auth-profiles.json")
        << "2026.9.6"
        << "file"
        << "Signed in: profile anthropic:default in a leftover auth-profiles.json "
           "(~/.openclaw/agents/main/agent/auth-profiles.json); run openclaw doctor --fix to move it into "
           "OpenClaw's credential store.";
}

void TestProviderController::secretLocationNamesTheStore()
{
    QFETCH(QString, release);
    QFETCH(QString, store);
    QFETCH(QString, expected);
    apptest::StateDir dir;
    dir.write(QStringLiteral(R"({ meta: { lastTouchedVersion: "%1" } })").arg(release).toUtf8());
    const QString mainAgent = dir.paths.agentDir;
    if (store == u"file") {
        writeFile(dir.paths.authProfilesPath(), kAnthropicProfile);
    } else if (store == u"main agent") {
        writeAgentStore(mainAgent, kAnthropicProfile);
    } else {
        OpenClawSqliteStore shared(dir.paths.stateDir, mainAgent);
        QString error;
        QVERIFY2(shared.setProfile(
                     QStringLiteral("anthropic:default"),
                     Credential::apiKey(QStringLiteral("anthropic"), QStringLiteral("sk-ant-00000000")),
                     &error),
                 qPrintable(error));
        if (store == u"other agent") {
            dir.paths.agentDir = dir.paths.stateDir + QStringLiteral("/agents/work/agent");
            writeAgentStore(
                dir.paths.agentDir,
                R"({"version":1,"profiles":{"minimax:work":{"type":"api_key","provider":"minimax","key":"sk-mm-0000"}}})");
        }
    }
    if (QTest::currentTestFailed())
        return;
    ConfigController config(dir.paths, {});
    QCOMPARE(config.snapshot()->release().isLegacy(), release == u"2026.1.30");
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QCOMPARE(
        providers.provider(QStringLiteral("anthropic")).value(QStringLiteral("secretLocation")).toString(),
        expected);
}

void TestProviderController::parseModelList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("ok");
    QTest::addRow("two") << QByteArray(R"({"object":"list","data":[{"id":"a"},{"id":"b"}]})")
                         << QStringList{QStringLiteral("a"), QStringLiteral("b")} << true;
    QTest::addRow("empty list") << QByteArray(R"({"data":[]})") << QStringList() << true;
    QTest::addRow("html") << QByteArray("<html>") << QStringList() << false;
}

void TestProviderController::parseModelList()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, ids);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(ProviderController::parseModelList(json, &error), ids);
    QCOMPARE(error.isEmpty(), ok);
}

void TestProviderController::discoverModels()
{
    CannedServer server(R"({"object":"list","data":[{"id":"qwen3-coder-30b"},{"id":"minimax-m2.1-gs32"}]})");
    QVERIFY(server.isListening());
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    QSignalSpy changed(&providers, &ProviderController::discoveryChanged);
    providers.discoverModels(QStringLiteral("http://127.0.0.1:%1/v1/").arg(server.serverPort()));
    QCOMPARE(providers.discoveryStatus(), ProviderController::DiscoveryStatus::Running);
    QTRY_COMPARE_WITH_TIMEOUT(providers.discoveryStatus(), ProviderController::DiscoveryStatus::Done, 20000);
    QCOMPARE(providers.discoveredModels(),
             (QStringList{QStringLiteral("qwen3-coder-30b"), QStringLiteral("minimax-m2.1-gs32")}));
    QCOMPARE(server.m_requests.size(), 1);
    QVERIFY(server.m_requests.first().startsWith("GET /v1/models HTTP/1.1"));
    QCOMPARE(changed.count(), 2);
}

void TestProviderController::discoverModelsUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    QNetworkAccessManager nam;
    ProviderController providers(&config, &nam, nullptr);
    providers.discoverModels(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(providers.discoveryStatus(), ProviderController::DiscoveryStatus::Failed,
                              20000);
    QVERIFY(providers.discoveryError().contains(QStringLiteral("LM Studio")));
}

QTEST_GUILESS_MAIN(TestProviderController)
#include "tst_providercontroller.moc"
