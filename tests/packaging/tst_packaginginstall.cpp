// `cmake --install` puts everything in its FHS place under the prefix, the installed binary runs
// and prints the project version, and the installed AppStream/desktop/icon tree validates.
#include "packagingfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

namespace {

const QString appId = QStringLiteral("io.clawdesk.ClawDesk");
const QString version = QStringLiteral(CLAWDESK_VERSION_STRING);

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {-1, "timed out: " + process.readAll()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

} // namespace

class TestPackagingInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionFromProject();
    void installedFiles_data();
    void installedFiles();
    void onlyExpectedPlaces();
    void unitNamesInstalledBinary();
    void installedBinaryRuns();
    void appstreamTreeValidates();

private:
    QTemporaryDir m_prefix;
};

void TestPackagingInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(CLAWDESK_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(CLAWDESK_BINARY_DIR),
                             QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, install.output.constData());
}

void TestPackagingInstall::versionFromProject()
{
    const Run result = run(QStringLiteral(CLAWDESK_EXECUTABLE), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!version.isEmpty() && QString::fromUtf8(result.output).trimmed().endsWith(version),
             result.output.constData());
}

void TestPackagingInstall::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("binary") << QStringLiteral("bin/clawdesk");
    QTest::addRow("desktop") << QStringLiteral("share/applications/%1.desktop").arg(appId);
    QTest::addRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::addRow("autostart") << QStringLiteral("share/clawdesk/autostart/%1.desktop").arg(appId);
    QTest::addRow("scalable") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("png %d", size)
            << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    for (const char *variant : {"dark", "light"}) {
        QTest::addRow("tray %s svg", variant)
            << QStringLiteral("share/icons/hicolor/scalable/apps/%1-tray-%2.svg")
                   .arg(appId, QLatin1String(variant));
        QTest::addRow("tray %s 22", variant)
            << QStringLiteral("share/icons/hicolor/22x22/apps/%1-tray-%2.png")
                   .arg(appId, QLatin1String(variant));
    }
    QTest::addRow("systemd user unit") << QStringLiteral("lib/systemd/user/clawdesk-gateway.service");
    QTest::addRow("readme") << QStringLiteral("share/doc/clawdesk/README.md");
    QTest::addRow("license") << QStringLiteral("share/doc/clawdesk/LICENSE.txt");
    QTest::addRow("debian copyright") << QStringLiteral("share/doc/clawdesk/copyright");
}

void TestPackagingInstall::installedFiles()
{
    QFETCH(QString, path);
    const QFileInfo info(m_prefix.filePath(path));
    QVERIFY2(info.isFile() && info.size() > 0, qPrintable(path));
    if (path.startsWith(u"bin/"))
        QVERIFY(info.isExecutable());
}

void TestPackagingInstall::onlyExpectedPlaces()
{
    // Nothing outside the FHS directories the issue names, and no template left unconfigured.
    static const QRegularExpression allowed(
        QStringLiteral("^(bin/clawdesk|share/(applications|metainfo|icons/hicolor|doc/clawdesk|clawdesk)/.+|"
                       "lib/systemd/user/.+)$"));
    QDirIterator it(m_prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString relative = QDir(m_prefix.path()).relativeFilePath(it.next());
        QVERIFY2(allowed.match(relative).hasMatch(), qPrintable(relative));
        QVERIFY2(!relative.endsWith(u".in"), qPrintable(relative));
        ++files;
    }
    QVERIFY(files > 20);
}

void TestPackagingInstall::unitNamesInstalledBinary()
{
    KeyFile unit;
    QVERIFY(unit.load(m_prefix.filePath(QStringLiteral("lib/systemd/user/clawdesk-gateway.service"))));
    QCOMPARE(unit.value(QStringLiteral("Service"), QStringLiteral("ExecStart")),
             m_prefix.filePath(QStringLiteral("bin/clawdesk")) + QStringLiteral(" gateway run"));
}

void TestPackagingInstall::installedBinaryRuns()
{
    // The install step rewrites the RUNPATH; the installed copy must still start.
    const Run result = run(m_prefix.filePath(QStringLiteral("bin/clawdesk")), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.output.contains(version.toUtf8()), result.output.constData());
}

void TestPackagingInstall::appstreamTreeValidates()
{
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli (package appstream) is not installed");
    // validate-tree checks the metainfo together with the desktop file and icons it names.
    const Run result = run(appstreamcli, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                                          QStringLiteral("--no-color"), m_prefix.path()});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    static const QRegularExpression warning(QStringLiteral("^[WE]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!QString::fromUtf8(result.output).contains(warning), result.output.constData());
}

QTEST_GUILESS_MAIN(TestPackagingInstall)
#include "tst_packaginginstall.moc"
