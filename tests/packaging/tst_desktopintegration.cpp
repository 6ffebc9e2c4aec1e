// Linux desktop integration files: PNG and SVG icons (app and light/dark tray), the desktop
// entries (launcher and tray-started autostart), AppStream metainfo (fields and appstreamcli
// validate --no-net) and the systemd user unit for the headless gateway.
#include "packagingfiles.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace clawdesk;

namespace {

const QString appId = QStringLiteral("io.clawdesk.ClawDesk");
const QString version = QStringLiteral(CLAWDESK_VERSION_STRING);
const QString sourceDir = QStringLiteral(CLAWDESK_SOURCE_DIR);
const QString binaryDir = QStringLiteral(CLAWDESK_BINARY_DIR);

QString packagingFile(const QString &relative)
{
    return sourceDir + QStringLiteral("/packaging/") + relative;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void pngIcons_data();
    void pngIcons();
    void svgIcons_data();
    void svgIcons();
    void desktopEntry_data();
    void desktopEntry();
    void desktopFilesValidate();
    void metainfo_data();
    void metainfo();
    void metainfoValidates();
    void systemdUserUnit_data();
    void systemdUserUnit();
};

void TestDesktopIntegration::pngIcons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("app %d", size) << appId << size;
    for (const char *variant : {"dark", "light"}) {
        for (int size : {16, 22, 24, 32, 48})
            QTest::addRow("tray %s %d", variant, size)
                << appId + QStringLiteral("-tray-") + QLatin1String(variant) << size;
    }
}

void TestDesktopIntegration::pngIcons()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    const QString path = packagingFile(QStringLiteral("icons/hicolor/%1x%1/%2.png").arg(size).arg(name));
    QCOMPARE(pngSize(path), QSize(size, size));
}

void TestDesktopIntegration::svgIcons_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("app") << QStringLiteral("icons/%1.svg").arg(appId);
    QTest::addRow("tray dark") << QStringLiteral("icons/tray/%1-tray-dark.svg").arg(appId);
    QTest::addRow("tray light") << QStringLiteral("icons/tray/%1-tray-light.svg").arg(appId);
}

void TestDesktopIntegration::svgIcons()
{
    QFETCH(QString, path);
    QString error;
    const auto elements = xmlElements(packagingFile(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(elements.contains(QStringLiteral("svg")));
    QVERIFY(!elements.value(QStringLiteral("svg")).attributes.value(QStringLiteral("viewBox")).isEmpty());
}

void TestDesktopIntegration::desktopEntry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QString main = QStringLiteral("linux/%1.desktop").arg(appId);
    const QString autostart = QStringLiteral("linux/%1-autostart.desktop").arg(appId);
    const QString entry = QStringLiteral("Desktop Entry");
    QTest::addRow("type") << main << entry << QStringLiteral("Type") << QStringLiteral("Application");
    QTest::addRow("name") << main << entry << QStringLiteral("Name") << QStringLiteral("ClawDesk");
    QTest::addRow("exec") << main << entry << QStringLiteral("Exec") << QStringLiteral("clawdesk");
    QTest::addRow("icon") << main << entry << QStringLiteral("Icon") << appId;
    QTest::addRow("terminal") << main << entry << QStringLiteral("Terminal") << QStringLiteral("false");
    QTest::addRow("categories") << main << entry << QStringLiteral("Categories")
                                << QStringLiteral("Development;Qt;");
    QTest::addRow("actions") << main << entry << QStringLiteral("Actions") << QStringLiteral("minimized;");
    QTest::addRow("tray action") << main << QStringLiteral("Desktop Action minimized")
                                 << QStringLiteral("Exec") << QStringLiteral("clawdesk --minimized");
    QTest::addRow("autostart exec") << autostart << entry << QStringLiteral("Exec")
                                    << QStringLiteral("clawdesk --minimized");
    QTest::addRow("autostart icon") << autostart << entry << QStringLiteral("Icon") << appId;
    QTest::addRow("autostart hidden")
        << autostart << entry << QStringLiteral("NoDisplay") << QStringLiteral("true");
    QTest::addRow("autostart gnome") << autostart << entry << QStringLiteral("X-GNOME-Autostart-enabled")
                                     << QStringLiteral("true");
}

void TestDesktopIntegration::desktopEntry()
{
    QFETCH(QString, file);
    QFETCH(QString, group);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    KeyFile entry;
    QVERIFY2(entry.load(packagingFile(file)), qPrintable(file));
    QCOMPARE(entry.groups().first(), QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(group, key), expected);
}

void TestDesktopIntegration::desktopFilesValidate()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate (package desktop-file-utils) is not installed");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, {packagingFile(QStringLiteral("linux/%1.desktop").arg(appId)),
                              packagingFile(QStringLiteral("linux/%1-autostart.desktop").arg(appId))});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitCode() == 0 && !output.contains("error"), output.constData());
}

void TestDesktopIntegration::metainfo_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("attribute"); // empty: the element's text
    QTest::addColumn<QString>("expected");  // "*": any non-empty value

    const auto row = [](const char *tag, const char *element, const char *attribute,
                        const QString &expected) {
        QTest::addRow("%s", tag) << QString::fromLatin1(element) << QString::fromLatin1(attribute)
                                 << expected;
    };
    const QString any = QStringLiteral("*");
    row("id", "component/id", "", appId);
    row("type", "component", "type", QStringLiteral("desktop-application"));
    row("metadata license", "component/metadata_license", "", QStringLiteral("CC0-1.0"));
    row("project license", "component/project_license", "", QStringLiteral("MIT"));
    row("name", "component/name", "", QStringLiteral("ClawDesk"));
    row("summary", "component/summary", "", any);
    row("description", "component/description/p", "", any);
    row("developer", "component/developer_name", "", any);
    row("launchable", "component/launchable", "", appId + QStringLiteral(".desktop"));
    row("launchable type", "component/launchable", "type", QStringLiteral("desktop-id"));
    row("icon", "component/icon", "", appId);
    row("homepage", "component/url", "type", QStringLiteral("homepage"));
    row("category", "component/categories/category", "", QStringLiteral("Development"));
    row("content rating", "component/content_rating", "type", QStringLiteral("oars-1.1"));
    row("release version", "component/releases/release", "version", version);
    row("release date", "component/releases/release", "date", any);
    row("binary", "component/provides/binary", "", QStringLiteral("clawdesk"));
    row("screenshot", "component/screenshots/screenshot/image", "", any);
}

void TestDesktopIntegration::metainfo()
{
    QFETCH(QString, element);
    QFETCH(QString, attribute);
    QFETCH(QString, expected);
    QString error;
    const auto elements =
        xmlElements(binaryDir + QStringLiteral("/packaging/%1.metainfo.xml").arg(appId), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<XmlElement> found = elements.values(element);
    QVERIFY2(!found.isEmpty(), qPrintable(element + QStringLiteral(" is missing")));
    QStringList values;
    for (const XmlElement &item : found)
        values.append(attribute.isEmpty() ? item.text : item.attributes.value(attribute).toString());
    if (expected == u"*")
        QVERIFY2(!values.first().isEmpty() && !values.first().contains(u'@'), qPrintable(values.first()));
    else
        QVERIFY2(values.contains(expected), qPrintable(values.join(QStringLiteral(", "))));
    if (attribute == u"date")
        QVERIFY(QDate::fromString(values.first(), Qt::ISODate).isValid());
    if (element.endsWith(u"/image"))
        QVERIFY2(values.first().startsWith(u"https://") && values.first().contains(u"docs/screenshots/"),
                 qPrintable(values.first()));
}

void TestDesktopIntegration::metainfoValidates()
{
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli (package appstream) is not installed");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(appstreamcli,
                  {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
                   binaryDir + QStringLiteral("/packaging/%1.metainfo.xml").arg(appId)});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    // Warnings fail the test too: only infos and pedantic notes are accepted.
    static const QRegularExpression warning(QStringLiteral("^[WE]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!QString::fromUtf8(output).contains(warning), output.constData());
}

void TestDesktopIntegration::systemdUserUnit_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addRow("exec") << QStringLiteral("Service") << QStringLiteral("ExecStart")
                          << QStringLiteral("@CMAKE_INSTALL_FULL_BINDIR@/clawdesk gateway run");
    QTest::addRow("type") << QStringLiteral("Service") << QStringLiteral("Type") << QStringLiteral("simple");
    QTest::addRow("stop signal") << QStringLiteral("Service") << QStringLiteral("KillSignal")
                                 << QStringLiteral("SIGTERM");
    QTest::addRow("restart") << QStringLiteral("Service") << QStringLiteral("Restart")
                             << QStringLiteral("on-failure");
    QTest::addRow("user session") << QStringLiteral("Install") << QStringLiteral("WantedBy")
                                  << QStringLiteral("default.target");
}

void TestDesktopIntegration::systemdUserUnit()
{
    QFETCH(QString, group);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    KeyFile unit;
    QVERIFY(unit.load(packagingFile(QStringLiteral("linux/clawdesk-gateway.service.in"))));
    QCOMPARE(unit.value(group, key), expected);
    // A user unit cannot order itself after system targets such as network-online.target.
    QVERIFY(unit.value(QStringLiteral("Unit"), QStringLiteral("After")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
