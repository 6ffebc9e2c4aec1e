// The packaging configuration is complete for every platform: CPack variables (DEB, DragNDrop,
// NSIS, source TGZ), the files they point at (icons, license, Info.plist) and the configured macOS
// Info.plist and Windows resource. Reads the generated CPackConfig.cmake of this build.
#include "packagingfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList debianPackageNames(const QString &field)
{
    QStringList names;
    for (const QString &item : field.split(u',', Qt::SkipEmptyParts))
        names.append(item.trimmed().section(u' ', 0, 0)); // drop "(>= version)"
    return names;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cpackFields_data();
    void cpackFields();
    void generatorsPerPlatform_data();
    void generatorsPerPlatform();
    void debianDepends_data();
    void debianDepends();
    void referencedFiles_data();
    void referencedFiles();
    void sourceTarballIgnores_data();
    void sourceTarballIgnores();
    void infoPlist_data();
    void infoPlist();
    void windowsResource();

private:
    CPackConfig m_config;
    CPackConfig m_sourceConfig;
};

void TestPackaging::initTestCase()
{
    QVERIFY2(m_config.load(binaryDir + QStringLiteral("/CPackConfig.cmake")),
             qPrintable(m_config.errorString()));
    QVERIFY2(m_sourceConfig.load(binaryDir + QStringLiteral("/CPackSourceConfig.cmake")),
             qPrintable(m_sourceConfig.errorString()));
}

enum class Check { Equals, Contains, StartsWith, NonEmpty };

void TestPackaging::cpackFields_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *variable, Check check, const QString &expected = {}) {
        QTest::addRow("%s", variable) << QString::fromLatin1(variable) << check << expected;
    };
    // Common
    row("CPACK_PACKAGE_NAME", Check::Equals, QStringLiteral("clawdesk"));
    row("CPACK_PACKAGE_VERSION", Check::Equals, version);
    row("CPACK_PACKAGE_VENDOR", Check::NonEmpty);
    row("CPACK_PACKAGE_CONTACT", Check::Contains, QStringLiteral("@"));
    row("CPACK_PACKAGE_HOMEPAGE_URL", Check::StartsWith, QStringLiteral("https://"));
    row("CPACK_PACKAGE_DESCRIPTION_SUMMARY", Check::NonEmpty);
    row("CPACK_PACKAGE_DESCRIPTION", Check::Contains, QStringLiteral("gateway"));
    row("CPACK_PACKAGE_INSTALL_DIRECTORY", Check::Equals, QStringLiteral("ClawDesk"));
    row("CPACK_STRIP_FILES", Check::Equals, QStringLiteral("ON"));
    // Debian
    row("CPACK_DEBIAN_PACKAGE_NAME", Check::Equals, QStringLiteral("clawdesk"));
    row("CPACK_DEBIAN_FILE_NAME", Check::Equals, QStringLiteral("DEB-DEFAULT"));
    row("CPACK_DEBIAN_PACKAGE_SHLIBDEPS", Check::Equals, QStringLiteral("ON"));
    row("CPACK_DEBIAN_PACKAGE_SECTION", Check::Equals, QStringLiteral("devel"));
    row("CPACK_DEBIAN_PACKAGE_RECOMMENDS", Check::Contains, QStringLiteral("gnome-keyring"));
    // macOS DragNDrop
    row("CPACK_DMG_VOLUME_NAME", Check::Equals, QStringLiteral("ClawDesk"));
    row("CPACK_CLAWDESK_BUNDLE_IDENTIFIER", Check::Equals, appId);
    // Windows NSIS: names, icon, start-menu entry, uninstaller
    row("CPACK_NSIS_PACKAGE_NAME", Check::Equals, QStringLiteral("ClawDesk"));
    row("CPACK_NSIS_DISPLAY_NAME", Check::Equals, QStringLiteral("ClawDesk ") + version);
    row("CPACK_NSIS_INSTALLED_ICON_NAME", Check::Equals, QStringLiteral("bin\\clawdesk.exe"));
    row("CPACK_PACKAGE_EXECUTABLES", Check::Equals, QStringLiteral("clawdesk;ClawDesk"));
    row("CPACK_NSIS_EXECUTABLES_DIRECTORY", Check::Equals, QStringLiteral("bin"));
    row("CPACK_NSIS_UNINSTALL_NAME", Check::Contains, QStringLiteral("Uninstall"));
    row("CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL", Check::Equals, QStringLiteral("ON"));
    row("CPACK_NSIS_URL_INFO_ABOUT", Check::StartsWith, QStringLiteral("https://"));
    // Source tarball
    row("CPACK_SOURCE_GENERATOR", Check::Equals, QStringLiteral("TGZ"));
    row("CPACK_SOURCE_PACKAGE_FILE_NAME", Check::Equals, QStringLiteral("clawdesk-") + version);
}

void TestPackaging::cpackFields()
{
    QFETCH(QString, variable);
    QFETCH(Check, check);
    QFETCH(QString, expected);

    QVERIFY2(m_config.contains(variable), qPrintable(variable + QStringLiteral(" is not set")));
    const QString value = m_config.value(variable);
    switch (check) {
    case Check::Equals:
        QCOMPARE(value, expected);
        break;
    case Check::Contains:
        QVERIFY2(value.contains(expected), qPrintable(value));
        break;
    case Check::StartsWith:
        QVERIFY2(value.startsWith(expected), qPrintable(value));
        break;
    case Check::NonEmpty:
        QVERIFY2(!value.trimmed().isEmpty(), qPrintable(variable));
        break;
    }
}

void TestPackaging::generatorsPerPlatform_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("generator");
    QTest::addRow("Linux DEB") << QStringLiteral("Linux") << QStringLiteral("DEB");
    QTest::addRow("macOS DragNDrop") << QStringLiteral("Darwin") << QStringLiteral("DragNDrop");
    QTest::addRow("Windows NSIS") << QStringLiteral("Windows") << QStringLiteral("NSIS");
}

void TestPackaging::generatorsPerPlatform()
{
    QFETCH(QString, system);
    QFETCH(QString, generator);
    const QStringList generators = m_config.list(QStringLiteral("CPACK_CLAWDESK_GENERATORS_") + system);
    QVERIFY2(generators.contains(generator), qPrintable(generators.join(u';')));
#ifdef Q_OS_LINUX
    if (system == u"Linux")
        QCOMPARE(m_config.list(QStringLiteral("CPACK_GENERATOR")), generators);
#endif
}

void TestPackaging::debianDepends_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<bool>("guiOnly");
    for (const char *name :
         {"qml6-module-qtquick", "qml6-module-qtquick-controls", "qml6-module-qtquick-layouts",
          "qml6-module-qtquick-window", "qml6-module-qtquick-templates", "qml6-module-qtquick-dialogs",
          "qml6-module-qtqml-workerscript"})
        QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
    QTest::addRow("libqt6sql6-sqlite") << QStringLiteral("libqt6sql6-sqlite") << false;
}

void TestPackaging::debianDepends()
{
    QFETCH(QString, package);
    QFETCH(bool, guiOnly);
    const QStringList depends =
        debianPackageNames(m_config.value(QStringLiteral("CPACK_DEBIAN_PACKAGE_DEPENDS")));
    if (guiOnly && !CLAWDESK_PACKAGE_HAS_GUI) {
        QVERIFY2(!depends.contains(package), "a build without the GUI must not depend on QML modules");
        return;
    }
    QVERIFY2(depends.contains(package), qPrintable(depends.join(QStringLiteral(", "))));
}

void TestPackaging::referencedFiles_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QByteArray>("content"); // a prefix (magic) or, after "~", a substring

    QTest::addRow("NSIS installer icon")
        << QStringLiteral("CPACK_NSIS_MUI_ICON") << QByteArray("\0\0\1\0", 4);
    QTest::addRow("NSIS uninstaller icon")
        << QStringLiteral("CPACK_NSIS_MUI_UNIICON") << QByteArray("\0\0\1\0", 4);
    QTest::addRow("macOS icns") << QStringLiteral("CPACK_CLAWDESK_ICNS") << QByteArray("icns");
    QTest::addRow("Info.plist") << QStringLiteral("CPACK_CLAWDESK_INFO_PLIST") << QByteArray("~<plist");
    QTest::addRow("license") << QStringLiteral("CPACK_RESOURCE_FILE_LICENSE") << QByteArray("MIT License");
    QTest::addRow("readme") << QStringLiteral("CPACK_RESOURCE_FILE_README") << QByteArray("# ClawDesk");
    QTest::addRow("per-generator config")
        << QStringLiteral("CPACK_PROJECT_CONFIG_FILE") << QByteArray("~CPACK_SET_DESTDIR");
}

void TestPackaging::referencedFiles()
{
    QFETCH(QString, variable);
    QFETCH(QByteArray, content);
    const QString path = m_config.value(variable);
    QVERIFY2(!path.isEmpty(), qPrintable(variable + QStringLiteral(" is not set")));
    QVERIFY2(QFileInfo(path).isAbsolute(), qPrintable(path));
    const QByteArray data = readFile(path);
    QVERIFY2(!data.isEmpty(), qPrintable(path + QStringLiteral(" is missing or empty")));
    if (content.startsWith('~'))
        QVERIFY2(data.contains(content.mid(1)), qPrintable(path));
    else
        QVERIFY2(data.startsWith(content), qPrintable(path));
}

void TestPackaging::sourceTarballIgnores_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ignored");
    QTest::addRow("build/") << QStringLiteral("build/CMakeCache.txt") << true;
    QTest::addRow("build-pkg/") << QStringLiteral("build-pkg/bin/clawdesk") << true;
    QTest::addRow("build-asan/") << QStringLiteral("build-asan/tests/tst_json5") << true;
    QTest::addRow("node_modules") << QStringLiteral("tests/js/node_modules/openai/index.js") << true;
    QTest::addRow(".git/") << QStringLiteral(".git/HEAD") << true;
    QTest::addRow("bench results") << QStringLiteral("bench/results/run.json") << true;
    QTest::addRow("main.cpp") << QStringLiteral("src/main.cpp") << false;
    QTest::addRow("scripts/build.sh") << QStringLiteral("scripts/build.sh") << false;
    QTest::addRow(".gitignore") << QStringLiteral(".gitignore") << false;
    QTest::addRow("cmake module") << QStringLiteral("cmake/Packaging.cmake") << false;
    QTest::addRow("icon") << QStringLiteral("packaging/icons/io.clawdesk.ClawDesk.svg") << false;
    QTest::addRow("test data") << QStringLiteral("tests/data/config.json5") << false;
    QTest::addRow("js test lock file") << QStringLiteral("tests/js/sdk/package-lock.json") << false;
}

void TestPackaging::sourceTarballIgnores()
{
    QFETCH(QString, path);
    QFETCH(bool, ignored);
    const QStringList patterns = m_sourceConfig.list(QStringLiteral("CPACK_SOURCE_IGNORE_FILES"));
    QVERIFY(!patterns.isEmpty());
    const QString fullPath = sourceDir + u'/' + path;
    QString matchedBy;
    for (const QString &pattern : patterns) {
        const QRegularExpression regex(pattern);
        QVERIFY2(regex.isValid(), qPrintable(pattern + QStringLiteral(": ") + regex.errorString()));
        if (regex.match(fullPath).hasMatch())
            matchedBy = pattern;
    }
    QVERIFY2(matchedBy.isEmpty() != ignored,
             qPrintable(fullPath + QStringLiteral(" matched by ") + matchedBy));
}

void TestPackaging::infoPlist_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addRow("identifier") << QStringLiteral("CFBundleIdentifier") << appId;
    QTest::addRow("name") << QStringLiteral("CFBundleName") << QStringLiteral("ClawDesk");
    QTest::addRow("executable") << QStringLiteral("CFBundleExecutable") << QStringLiteral("ClawDesk");
    QTest::addRow("icon") << QStringLiteral("CFBundleIconFile") << QStringLiteral("ClawDesk.icns");
    QTest::addRow("short version") << QStringLiteral("CFBundleShortVersionString") << version;
    QTest::addRow("version") << QStringLiteral("CFBundleVersion") << version;
    QTest::addRow("package type") << QStringLiteral("CFBundlePackageType") << QStringLiteral("APPL");
    QTest::addRow("high dpi") << QStringLiteral("NSHighResolutionCapable") << QStringLiteral("true");
}

void TestPackaging::infoPlist()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QString path = binaryDir + QStringLiteral("/packaging/Info.plist");
    QVERIFY2(!readFile(path).contains("${"), "Info.plist has an unexpanded variable");
    QCOMPARE(plistStrings(path).value(key), expected);
    if (key == u"CFBundleIconFile")
        QVERIFY(QFile::exists(packagingFile(QStringLiteral("macos/")) + expected));
}

void TestPackaging::windowsResource()
{
    const QByteArray rc = readFile(binaryDir + QStringLiteral("/packaging/clawdesk.rc"));
    static const QRegularExpression icon(QStringLiteral(R"(ICON\s+"([^"]+)\")"));
    const auto match = icon.match(QString::fromUtf8(rc));
    QVERIFY2(match.hasMatch(), rc.constData());
    QVERIFY2(readFile(match.captured(1)).startsWith(QByteArray("\0\0\1\0", 4)),
             qPrintable(match.captured(1)));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
