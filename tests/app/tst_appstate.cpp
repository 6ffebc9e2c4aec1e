// The one state model: what each state says (words, tone, icon) and that the tray says the same as
// the window. Real config files in a temp dir, a real gateway on a port that is taken for the error.
#include "appsettings.h"
#include "appstate.h"
#include "apptestsupport.h"
#include "configcontroller.h"
#include "gatewaybridge.h"
#include "traycontroller.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace clawdesk;

class TestAppState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stoppedAndNothingServed();
    void servedTextsComeFromAnsweredRequests();
    void gatewayErrorWithReason();
    void configHealth();
    void credentialsPerProvider();
    void loginExpiredWinsTheSummary();
    void reasonWordsNeverInventAStatus();
    void trayTellsWhatTheWindowTells();

private:
    apptest::StateDir *m_dir = nullptr;
    QTemporaryDir *m_tmp = nullptr;
    QSettings *m_store = nullptr;
    AppSettings *m_settings = nullptr;
    ConfigController *m_config = nullptr;
    GatewayBridge *m_gateway = nullptr;
    AppState *m_state = nullptr;
};

void TestAppState::init()
{
    m_dir = new apptest::StateDir;
    m_dir->write(apptest::CommentedConfig);
    m_tmp = new QTemporaryDir;
    m_store = new QSettings(m_tmp->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = new AppSettings(m_store);
    m_settings->setConfigPath(m_dir->paths.configPath);
    Environment env; // no ANTHROPIC_API_KEY: the env block carries the MiniMax key only
    m_config = new ConfigController(m_dir->paths, env);
    m_gateway = new GatewayBridge(m_settings, m_tmp->filePath(QStringLiteral("usage.sqlite")));
    m_state = new AppState(m_gateway, m_config);
}

void TestAppState::cleanup()
{
    delete m_state;
    delete m_gateway;
    delete m_config;
    delete m_settings;
    delete m_store;
    delete m_tmp;
    delete m_dir;
}

void TestAppState::stoppedAndNothingServed()
{
    QCOMPARE(m_state->gatewayState(), AppState::GatewayState::Stopped);
    QCOMPARE(m_state->gatewayText(), QStringLiteral("Gateway stopped"));
    QCOMPARE(m_state->gatewayTone(), QStringLiteral("neutral"));
    QCOMPARE(m_state->gatewayIcon(), QStringLiteral("stopped"));
    // Never "Serving now X" when nothing was served.
    QCOMPARE(m_state->servingText(), QStringLiteral("Nothing served yet"));
    QVERIFY(m_state->servedModel().isEmpty());
    QVERIFY(!m_state->servingText().contains(QStringLiteral("anthropic/claude-opus-4-5")));
    QCOMPARE(m_state->summaryText(), QStringLiteral("Gateway stopped"));
}

void TestAppState::servedTextsComeFromAnsweredRequests()
{
    QSignalSpy changed(m_state, &AppState::changed);
    FailoverEvent event;
    event.time = QDateTime::currentDateTime();
    event.fromModel = QStringLiteral("anthropic/claude-opus-4-5");
    event.toModel = QStringLiteral("minimax/MiniMax-M2.1");
    event.reason = QStringLiteral("connection");
    m_gateway->recordFailover(event);
    QCOMPARE(m_state->servingText(), QStringLiteral("Nothing served yet")); // a fallback tried is not served
    QVERIFY(!changed.isEmpty());

    RequestRecord record;
    record.time = QDateTime(QDate::currentDate(), QTime(9, 5));
    record.requestedModel = QStringLiteral("opus");
    record.servedModel = QStringLiteral("minimax/MiniMax-M2.1");
    record.status = 200;
    record.attempts = {QStringLiteral("anthropic/claude-opus-4-5: connection")};
    m_gateway->recordRequest(record);
    const QString at = QLocale().toString(QTime(9, 5), QLocale::ShortFormat);
    QCOMPARE(m_state->servingText(),
             QStringLiteral("Last request served by fallback minimax/MiniMax-M2.1 at %1").arg(at));
    QCOMPARE(m_state->servingTone(), QStringLiteral("warning"));
    // The gateway is stopped (the record came from the demo path): the summary does not claim serving.
    QCOMPARE(m_state->summaryText(), QStringLiteral("Gateway stopped"));

    record.attempts.clear();
    record.servedModel = QStringLiteral("anthropic/claude-opus-4-5");
    m_gateway->recordRequest(record);
    QCOMPARE(m_state->servingText(),
             QStringLiteral("Last request served by anthropic/claude-opus-4-5 at %1").arg(at));
    QCOMPARE(m_state->servingTone(), QStringLiteral("ok"));
}

void TestAppState::gatewayErrorWithReason()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    m_settings->setGatewayPort(taken.serverPort());
    m_gateway->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_state->gatewayState(), AppState::GatewayState::Error, 15000);
    QCOMPARE(m_state->gatewayText(), QStringLiteral("Gateway failed to start"));
    QVERIFY2(m_state->gatewayDetail().contains(QStringLiteral("already in use")),
             qPrintable(m_state->gatewayDetail()));
    QCOMPARE(m_state->gatewayTone(), QStringLiteral("error"));
    QCOMPARE(m_state->summaryTone(), QStringLiteral("error"));
    QVERIFY(m_state->summaryText().startsWith(QStringLiteral("Gateway failed to start: ")));
}

void TestAppState::configHealth()
{
    QCOMPARE(m_state->configHealth(), AppState::ConfigHealth::Valid);
    QCOMPARE(m_state->configText(), QStringLiteral("openclaw.json is valid"));
    QCOMPARE(m_state->configTone(), QStringLiteral("ok"));
    QVERIFY(m_state->findings().isEmpty());

    // The seed documents' `env: { KEY }`: ClawDesk reads the key, but OpenClaw 2026.9.6 (the rules that
    // apply when nothing tells the release) refuses the whole file, so it is not called valid.
    const QByteArray varsForm =
        R"(env: { vars: { MINIMAX_API_KEY: "sk-test-0000000000000000000000000000" } })";
    const QByteArray seedForm = R"(env: { MINIMAX_API_KEY: "sk-test-0000000000000000000000000000" })";
    QByteArray seedConfig(apptest::CommentedConfig);
    QVERIFY(seedConfig.contains(varsForm));
    seedConfig.replace(varsForm, seedForm);
    m_dir->write(seedConfig);
    m_config->reload();
    QCOMPARE(m_state->configHealth(), AppState::ConfigHealth::Broken);
    QCOMPARE(m_state->configText(), QStringLiteral("openclaw.json has errors OpenClaw would reject"));
    QCOMPARE(m_state->configTone(), QStringLiteral("error"));
    QVERIFY2(m_state->configDetail().startsWith(QStringLiteral(
                 "env.MINIMAX_API_KEY: OpenClaw 2026.9.6 rejects variables directly under env")),
             qPrintable(m_state->configDetail()));
    QVERIFY(!m_state->configDetail().contains(QStringLiteral("sk-test"))); // never the value
    // Where the key is written: line 3, after "  env: { ".
    QCOMPARE(m_state->configLocation(), m_config->displayPath() + QStringLiteral(":3:10"));
    QCOMPARE(m_state->summaryText(),
             QStringLiteral("openclaw.json needs fixing: ") + m_state->configLocation());
    QCOMPARE(m_state->credentials().size(), 2); // ClawDesk still reads the chain and the key
    // Its fix moves the key into env.vars: valid again, comments kept.
    const QVariantList findings = m_state->findings();
    QCOMPARE(findings.size(), 1);
    QVERIFY(m_state->fixFinding(findings.first().toMap().value(QStringLiteral("id")).toString()));
    QCOMPARE(m_state->configHealth(), AppState::ConfigHealth::Valid);
    QVERIFY(m_dir->read().contains("// the main model"));
    QVERIFY(m_dir->read().contains(R"(MINIMAX_API_KEY: "sk-test-0000000000000000000000000000")"));

    m_dir->write("{\n  agents: { defaults: \n");
    m_config->reload();
    QCOMPARE(m_state->configHealth(), AppState::ConfigHealth::Broken);
    QCOMPARE(m_state->configText(), QStringLiteral("openclaw.json does not parse"));
    QVERIFY2(
        m_state->configLocation().contains(QRegularExpression(QStringLiteral("openclaw\\.json:\\d+:\\d+"))),
        qPrintable(m_state->configLocation()));
    QCOMPARE(m_state->configTone(), QStringLiteral("error"));
    // The broken config outranks the stopped gateway in the one-line summary.
    QVERIFY(m_state->summaryText().startsWith(QStringLiteral("openclaw.json needs fixing: ")));
    QVERIFY(m_state->credentials().isEmpty());

    QFile::remove(m_dir->paths.configPath);
    m_config->reload();
    QCOMPARE(m_state->configHealth(), AppState::ConfigHealth::Missing);
    QCOMPARE(m_state->configText(), QStringLiteral("No openclaw.json yet"));
}

void TestAppState::credentialsPerProvider()
{
    const QVariantList credentials = m_state->credentials();
    QCOMPARE(credentials.size(), 2); // anthropic (primary), minimax (fallbacks)
    const QVariantMap anthropic = credentials.at(0).toMap();
    QCOMPARE(anthropic.value(QStringLiteral("provider")).toString(), QStringLiteral("anthropic"));
    QCOMPARE(anthropic.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
    QCOMPARE(anthropic.value(QStringLiteral("tone")).toString(), QStringLiteral("warning"));
    const QVariantMap minimax = credentials.at(1).toMap();
    QCOMPARE(minimax.value(QStringLiteral("provider")).toString(), QStringLiteral("minimax"));
    QCOMPARE(minimax.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QVERIFY2(minimax.value(QStringLiteral("text")).toString().contains(QStringLiteral("MINIMAX_API_KEY")),
             qPrintable(minimax.value(QStringLiteral("text")).toString()));
    // The key itself never appears.
    QVERIFY(!minimax.value(QStringLiteral("text")).toString().contains(QStringLiteral("sk-test")));
}

void TestAppState::loginExpiredWinsTheSummary()
{
    QSignalSpy changed(m_state, &AppState::changed);
    m_state->setLoginExpired(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_state->summaryText(), QStringLiteral("Sign-in expired: open ClawDesk to sign in again"));
    QCOMPARE(m_state->summaryTone(), QStringLiteral("error"));
    m_state->setLoginExpired(true);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestAppState::reasonWordsNeverInventAStatus()
{
    QCOMPARE(AppState::reasonText(QStringLiteral("connection")), QStringLiteral("could not connect"));
    QVERIFY(!AppState::reasonText(QStringLiteral("connection")).contains(QStringLiteral("429")));
    QVERIFY(!AppState::reasonText(QStringLiteral("connection")).contains(QStringLiteral("rate")));
    QCOMPARE(AppState::reasonText(QStringLiteral("rate_limit")), QStringLiteral("rate limited"));
    QCOMPARE(AppState::reasonText(QStringLiteral("something_new")), QStringLiteral("something_new"));
}

void TestAppState::trayTellsWhatTheWindowTells()
{
    TrayController tray(m_state, m_gateway, m_config, m_settings);
    QCOMPARE(tray.statusText(), m_state->summaryText());
    QCOMPARE(tray.kind(), TrayIcons::Kind::Stopped);
    // While stopped, the first-hide hint must not claim the gateway keeps serving.
    QVERIFY(!tray.hideHintText().contains(QStringLiteral("keeps serving")));
    m_state->setLoginExpired(true);
    QCOMPARE(tray.statusText(), m_state->summaryText());
    QCOMPARE(tray.kind(), TrayIcons::Kind::LoginExpired);
    tray.popupMenu(0, 0);
    QCOMPARE(tray.menu()->actions().first()->text(), m_state->summaryText());
    tray.menu()->hide();
}

QTEST_MAIN(TestAppState)
#include "tst_appstate.moc"
