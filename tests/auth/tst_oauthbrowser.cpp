#include "fakeminimaxauth.h"
#include "minimaxoauthflow.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clawdesk;
using clawdesk::test::FakeMiniMaxAuth;

namespace {
const QString kScriptDir = QStringLiteral(TEST_SOURCE_DIR "/js/oauth");

QString chromiumPath()
{
    const QString env = qEnvironmentVariable("CHROMIUM_PATH");
    return env.isEmpty() ? QStringLiteral("/usr/bin/chromium") : env;
}
} // namespace

/// @brief End to end in a real browser: the flow opens the fake's verification page, headless Chromium
/// (playwright-core) types the code and clicks Approve or Deny, and the flow reaches granted or fails.
class TstOAuthBrowser : public QObject
{
    Q_OBJECT
    QString m_node;

private slots:
    void initTestCase()
    {
        // Missing tools are a failure with instructions, never a silent skip.
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(),
                 "node not found on PATH: install Node.js (apt-get install -y nodejs npm)");
        QVERIFY2(QFileInfo(chromiumPath()).isExecutable(),
                 qPrintable(QStringLiteral("Chromium not found at %1: apt-get install -y chromium (or set "
                                           "CHROMIUM_PATH)")
                                .arg(chromiumPath())));
        QVERIFY2(
            QFileInfo::exists(kScriptDir + QStringLiteral("/node_modules/playwright-core/package.json")),
            qPrintable(
                QStringLiteral("playwright-core is not installed: run npm ci --prefix %1").arg(kScriptDir)));
    }

    void browserDecides_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("approve") << QStringLiteral("approve");
        QTest::addRow("deny") << QStringLiteral("deny");
    }
    void browserDecides()
    {
        QFETCH(QString, action);
        QNetworkAccessManager nam;
        FakeMiniMaxAuth fake;
        QVERIFY(fake.start());
        fake.intervalMs = 200;
        MiniMaxOAuthFlow flow(&nam);
        flow.setEndpoints({fake.baseUrl(), fake.baseUrl()});

        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.setWorkingDirectory(kScriptDir);
        QString userCode;
        connect(&flow, &MiniMaxOAuthFlow::userCodeReady, this, [&](const QString &code) { userCode = code; });
        connect(&flow, &QAbstractOAuth::authorizeWithBrowser, this, [&](const QUrl &url) {
            browser.start(m_node,
                          {kScriptDir + QStringLiteral("/approve.mjs"), url.toString(), userCode, action});
        });
        QSignalSpy granted(&flow, &QAbstractOAuth::granted);
        QSignalSpy failed(&flow, &MiniMaxOAuthFlow::failed);
        flow.grant();

        QVERIFY(QTest::qWaitFor([&] { return granted.count() + failed.count() > 0; }, 120000));
        if (browser.state() != QProcess::NotRunning)
            QVERIFY(browser.waitForFinished(60000));
        const QString output = QString::fromUtf8(browser.readAll());
        QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0, qPrintable(output));

        if (action == QLatin1String("approve")) {
            QVERIFY2(granted.count() == 1, qPrintable(flow.errorString()));
            QVERIFY(output.contains(QStringLiteral("result: approved")));
            QCOMPARE(fake.decision(), FakeMiniMaxAuth::Decision::Approved);
            QCOMPARE(flow.status(), QAbstractOAuth::Status::Granted);
            QCOMPARE(flow.token(), fake.accessToken());
            QCOMPARE(flow.refreshToken(), fake.refreshToken());
        } else {
            QCOMPARE(granted.count(), 0);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::ServerError);
            QCOMPARE(fake.decision(), FakeMiniMaxAuth::Decision::Denied);
        }
        // The page was really fetched by the browser, and the form really posted.
        QVERIFY(fake.requestsTo(QStringLiteral("/verify")).size() >= 2);
        QVERIFY(fake.violations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstOAuthBrowser)
#include "tst_oauthbrowser.moc"
