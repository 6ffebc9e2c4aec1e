// AppSettings (typed keys with defaults over QSettings, migrate), Autostart (XDG file) and the
// gateway setup snippets.
#include "appsettings.h"
#include "autostart.h"
#include "gatewaysnippets.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaults_data();
    void defaults();
    void setEmitsOnlyOnChange();
    void gatewayToken();
    void invalidPortIgnored();
    void migrateOldPortKey();
    void autostartFile();
    void snippets();
};

void TestAppSettings::defaults_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("value");
    QTest::addRow("port") << int(AppSettings::Key::GatewayPort) << "gateway/port" << QVariant(18790);
    QTest::addRow("bind") << int(AppSettings::Key::GatewayBind) << "gateway/bind"
                          << QVariant(QStringLiteral("loopback"));
    QTest::addRow("token") << int(AppSettings::Key::GatewayToken) << "gateway/token" << QVariant(QString());
    QTest::addRow("notify") << int(AppSettings::Key::NotifyFailover) << "tray/notifyFailover"
                            << QVariant(true);
    QTest::addRow("login") << int(AppSettings::Key::StartAtLogin) << "ui/startAtLogin" << QVariant(false);
}

void TestAppSettings::defaults()
{
    QFETCH(int, key);
    QFETCH(QString, name);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QCOMPARE(AppSettings::keyName(AppSettings::Key(key)), name);
    QCOMPARE(settings.get(AppSettings::Key(key)), value);
}

void TestAppSettings::setEmitsOnlyOnChange()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QSignalSpy theme(&settings, &AppSettings::themeChanged);
    settings.setTheme(AppSettings::Theme::Dark);
    settings.setTheme(AppSettings::Theme::Dark);
    QCOMPARE(theme.count(), 1);
    QCOMPARE(store.value(QStringLiteral("ui/theme")).toInt(), int(AppSettings::Theme::Dark));
    settings.setTheme(AppSettings::Theme::System); // back to the default: the key is removed
    QVERIFY(!store.contains(QStringLiteral("ui/theme")));
    QSignalSpy language(&settings, &AppSettings::languageChanged);
    settings.setLanguage(QStringLiteral("nl"));
    QCOMPARE(language.count(), 1);
    QCOMPARE(settings.language(), QStringLiteral("nl"));
}

void TestAppSettings::gatewayToken()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    const QString token = settings.gatewayToken();
    QCOMPARE(token.size(), 48);               // the same generator as `clawdesk gateway token`
    QCOMPARE(settings.gatewayToken(), token); // stable once generated
    QCOMPARE(store.value(QStringLiteral("gateway/token")).toString(), token);
    QSignalSpy changed(&settings, &AppSettings::gatewayChanged);
    const QString fresh = settings.regenerateGatewayToken();
    QVERIFY(fresh != token);
    QCOMPARE(changed.count(), 1);
}

void TestAppSettings::invalidPortIgnored()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    settings.setGatewayPort(70000);
    QCOMPARE(settings.gatewayPort(), 18790);
    settings.setGatewayPort(18800);
    QCOMPARE(settings.gatewayPort(), 18800);
}

void TestAppSettings::migrateOldPortKey()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("port"), 19000);
    AppSettings settings(&store);
    settings.migrate();
    QCOMPARE(settings.gatewayPort(), 19000);
    QVERIFY(!store.contains(QStringLiteral("port")));
}

void TestAppSettings::autostartFile()
{
    QTemporaryDir dir;
    Autostart autostart(dir.path(), QStringLiteral("/opt/claw desk/clawdesk"));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.filePath(), dir.path() + QStringLiteral("/autostart/io.clawdesk.ClawDesk.desktop"));
    QFile file(autostart.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("Exec=\"/opt/claw desk/clawdesk\" --minimized\n"));
    file.close();
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false)); // already off
}

void TestAppSettings::snippets()
{
    QCOMPARE(
        GatewaySnippets::claudeCode(18790, QStringLiteral("tok")),
        QStringLiteral(
            "export ANTHROPIC_BASE_URL=http://127.0.0.1:18790\nexport ANTHROPIC_AUTH_TOKEN=tok\nclaude"));
    QVERIFY(GatewaySnippets::openAiCompatible(18790, QStringLiteral("tok"))
                .startsWith(QStringLiteral("Base URL: http://127.0.0.1:18790/v1\n")));
    QVERIFY(GatewaySnippets::curl(1234, QStringLiteral("tok"), QStringLiteral("opus"))
                .contains(QStringLiteral("\"model\":\"opus\"")));
    QVERIFY(GatewaySnippets::openClaw(18790, QStringLiteral("tok"))
                .contains(QStringLiteral("\"apiKey\": \"tok\"")));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
