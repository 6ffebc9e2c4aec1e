// The JSON5 test corpus (tests/data/json5-tests), file by file, plus parser details the corpus lacks.
#include "json5corpusexpectations.h"
#include "json5document.h"
#include "json5testutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QtTest>

using namespace clawdesk;
using clawdesk::testutil::canon;
using clawdesk::testutil::readFile;

namespace {

// arrays/no-comma-array.errorSpec spells it "columNumber"; accept both spellings.
int specColumn(const JsonValue &spec)
{
    return int(spec.contains(QStringLiteral("columnNumber"))
                   ? spec[QStringLiteral("columnNumber")].toInteger()
                   : spec[QStringLiteral("columNumber")].toInteger());
}

const QString kCorpus = QStringLiteral(TEST_DATA_DIR "/json5-tests");

} // namespace

class TestJson5Conformance : public QObject
{
    Q_OBJECT

private slots:
    void everyFileHasAnExpectation();
    void corpus_data();
    void corpus();
    void errorMessages_data();
    void errorMessages();
    void valid_data();
    void valid();
    void depthLimit();
    void utf8Input();
    void duplicateKeys();
    void largeDocumentParses();
};

void TestJson5Conformance::everyFileHasAnExpectation()
{
    QSet<QString> expected;
    for (const Expectation &e : kExpectations)
        expected.insert(QString::fromUtf8(e.file));
    QSet<QString> found;
    QDirIterator it(kCorpus, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString suffix = QFileInfo(path).suffix();
        if (suffix == u"json" || suffix == u"json5" || suffix == u"js" || suffix == u"txt")
            found.insert(QDir(kCorpus).relativeFilePath(path));
    }
    QVERIFY2(found.size() > 100, qPrintable(QString::number(found.size())));
    QCOMPARE(found, expected);
}

void TestJson5Conformance::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    for (const Expectation &e : kExpectations)
        QTest::addRow("%s", e.file) << QString::fromUtf8(e.file)
                                    << (e.value ? QString::fromUtf8(e.value) : QString()) << e.line
                                    << e.column;
}

void TestJson5Conformance::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = kCorpus + QLatin1Char('/') + file;
    const QByteArray bytes = readFile(path);
    const QString suffix = QFileInfo(file).suffix();
    Json5Error error;
    const Json5Document doc = Json5Document::parse(bytes, &error);

    if (suffix == u"json" || suffix == u"json5") {
        QVERIFY2(doc.isValid(), qPrintable(error.toString()));
        QVERIFY(!error.isError());
        QCOMPARE(canon(doc.value()), value);
        // The same text from QString gives the same value.
        QCOMPARE(canon(Json5Document::parse(QString::fromUtf8(bytes)).value()), value);
        if (suffix == u"json") {
            QJsonParseError qtError;
            const QJsonDocument qt = QJsonDocument::fromJson(bytes, &qtError);
            if (qtError.error == QJsonParseError::NoError) { // Qt only takes objects and arrays at the top
                const JsonValue fromQt = JsonValue::fromQJsonValue(qt.isObject() ? QJsonValue(qt.object())
                                                                                 : QJsonValue(qt.array()));
                QCOMPARE(doc.value(), fromQt);
            }
        }
        return;
    }
    // .js: valid ECMAScript that JSON5 forbids; .txt: not even ECMAScript. Both must be rejected.
    QVERIFY(!doc.isValid());
    QVERIFY(error.isError());
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);

    const QString specPath = path.left(path.size() - suffix.size()) + QStringLiteral("errorSpec");
    if (!QFile::exists(specPath))
        return;
    Json5Error specError;
    const Json5Document spec = Json5Document::parse(readFile(specPath), &specError);
    QVERIFY2(spec.isValid(), qPrintable(specError.toString()));
    QCOMPARE(error.line, int(spec.value()[QStringLiteral("lineNumber")].toInteger()));
    if (file == u"comments/top-level-inline-comment.txt") {
        // This errorSpec comes from the legacy 0.x parser, which counted the missing line break after the
        // comment as a column (1:67 for a 65-character line). The reference parser says 1:66, one past the
        // last character, as it does for every other end of input (top-level-block-comment: 4:3 after "*/").
        QCOMPARE(specColumn(spec.value()), 67);
        QCOMPARE(error.column, 66);
        return;
    }
    QCOMPARE(error.column, specColumn(spec.value()));
}

void TestJson5Conformance::errorMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("bad literal") << "{a: invalid}"
                                 << "invalid character 'i'" << 1 << 5;
    QTest::addRow("undefined") << "[undefined]"
                               << "invalid character 'u'" << 1 << 2;
    QTest::addRow("empty") << ""
                           << "unexpected end of input" << 1 << 1;
    QTest::addRow("only whitespace") << "  \n  "
                                     << "unexpected end of input" << 2 << 3;
    QTest::addRow("open object") << "{a: 1,"
                                 << "unexpected end of input" << 1 << 7;
    QTest::addRow("open string") << "{a: 'abc"
                                 << "unterminated string" << 1 << 9;
    QTest::addRow("line break in string") << "'ab\ncd'"
                                          << "unterminated string" << 2 << 0;
    QTest::addRow("unterminated comment") << "1 /* x"
                                          << "unexpected end of input" << 1 << 7;
    QTest::addRow("lone slash") << "1 /x"
                                << "invalid character 'x'" << 1 << 4;
    QTest::addRow("bad escape digit") << R"("\1")"
                                      << "invalid character '1'" << 1 << 3;
    QTest::addRow("\\0 then digit") << R"("\01")"
                                    << "invalid character '1'" << 1 << 4;
    QTest::addRow("short \\x") << R"("\x4")"
                               << "invalid character '\"'" << 1 << 5;
    QTest::addRow("short \\u") << R"("\u12G4")"
                               << "invalid character 'G'" << 1 << 6;
    QTest::addRow("missing colon") << "{a 1}"
                                   << "invalid character '1'" << 1 << 4;
    QTest::addRow("missing comma") << "[1 2]"
                                   << "invalid character '2'" << 1 << 4;
    QTest::addRow("trailing garbage") << "{} x"
                                      << "invalid character 'x'" << 1 << 4;
    QTest::addRow("two commas") << "[1,,2]"
                                << "invalid character ','" << 1 << 4;
    QTest::addRow("plus alone") << "+"
                                << "unexpected end of input" << 1 << 2;
    QTest::addRow("bad key escape") << R"({\u0031a: 1})"
                                    << "invalid identifier character" << 1 << 2;
    QTest::addRow("astral column") << "['\U0001F600', x]"
                                   << "invalid character 'x'" << 1 << 7;
    QTest::addRow("crlf lines") << "{\r\n\r\n  a: ?}"
                                << "invalid character '?'" << 3 << 6;
}

void TestJson5Conformance::errorMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    Json5Error error;
    const Json5Document doc = Json5Document::parse(text, &error);
    QVERIFY(!doc.isValid());
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.offset >= 0 && error.offset <= text.size());
    QVERIFY(error.toString().startsWith(QStringLiteral("%1:%2: ").arg(line).arg(column)));
}

void TestJson5Conformance::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addRow("escapes") << R"(["\b\f\n\r\t\v\0\'\"\\\/\a", '\x41\u00e9\uD83D\uDE00'])"
                             << QString::fromUtf8("[\"\\b\\f\\n\\r\\t\\u000b\\u0000'\\\"\\\\/a\",\"Aé😀\"]");
    QTest::addRow("continuations") << "'a\\\nb\\\r\nc\\\rd\\\u2028e\\\u2029f'"
                                   << "\"abcdef\"";
    QTest::addRow("raw LS/PS in string") << "'a\u2028b\u2029c'"
                                         << "\"a\u2028b\u2029c\"";
    QTest::addRow("whitespace kinds") << "\t\v\f \u00A0\uFEFF\u2028\u2029\u1680\u2000\u3000{\n}\r\n"
                                      << "{}";
    QTest::addRow("reserved and unicode keys")
        << "{if: 1, null: 2, $_: 3, ä\\u0062c: 4, ꞗ\u0301: 5}"
        << QString::fromUtf8("{\"if\":1,\"null\":2,\"$_\":3,\"äbc\":4,\"ꞗ\u0301\":5}");
    QTest::addRow("astral identifier") << "{\U0001D4D0x: 1}" << QString::fromUtf8("{\"\U0001D4D0x\":1}");
    QTest::addRow("numbers") << "[+1, -.5, 5., 0x1F, -0XaB, 1e3, 2E-2, +Infinity, -NaN, 1e400, 1e-400, 0.1]"
                             << "[1,-0.5,5,31,-171,1000,0.02,Infinity,NaN,Infinity,0,0.1]";
    QTest::addRow("comments everywhere") << "/*a*/{/*b*/x/*c*/:/*d*/1/*e*/,//f\n}//g"
                                         << "{\"x\":1}";
    QTest::addRow("nested") << "{a: [{b: []}, {}], 'c': {\"d\": null}}"
                            << "{\"a\":[{\"b\":[]},{}],\"c\":{\"d\":null}}";
    QTest::addRow("top-level scalar") << "  'x'  "
                                      << "\"x\"";
}

void TestJson5Conformance::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    Json5Error error;
    const Json5Document doc = Json5Document::parse(text, &error);
    QVERIFY2(doc.isValid(), qPrintable(error.toString()));
    QCOMPARE(canon(doc.value()), value);
    QCOMPARE(doc.text(), text);
}

void TestJson5Conformance::depthLimit()
{
    const int ok = 500;
    QString text = QString(ok, u'[') + QString(ok, u']');
    QVERIFY(Json5Document::parse(text).isValid());
    for (int depth : {513, 100000}) {
        text = QString(depth, u'[') + QString(depth, u']');
        Json5Error error;
        QVERIFY(!Json5Document::parse(text, &error).isValid());
        QVERIFY2(error.message.contains(QLatin1String("nesting too deep")), qPrintable(error.message));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 513);
    }
    text = QString(100000, u'{');
    Json5Error error;
    QVERIFY(!Json5Document::parse(text, &error).isValid());
    QVERIFY(error.isError());
}

void TestJson5Conformance::utf8Input()
{
    Json5Error error;
    Json5Document doc = Json5Document::parse(QByteArray("\xEF\xBB\xBF{a: 'é'}"), &error);
    QVERIFY2(doc.isValid(), qPrintable(error.toString()));
    QCOMPARE(doc.value()[QStringLiteral("a")].toString(), QString::fromUtf8("é"));
    QCOMPARE(doc.text(), QStringLiteral("{a: '\u00e9'}"));

    const QList<QByteArray> bad = {QByteArray("{a: '\xC3('}"), QByteArray("{a: '\xED\xA0\x80'}"),
                                   QByteArray("{a: '\xC0\xAF'}"), QByteArray("{a: '\xF4\x90\x80\x80'}"),
                                   QByteArray("{a: '\xE2\x82'")};
    for (const QByteArray &bytes : bad) {
        doc = Json5Document::parse(bytes, &error);
        QVERIFY(!doc.isValid());
        QVERIFY2(error.message.startsWith(QLatin1String("invalid UTF-8")), qPrintable(error.message));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 6);
        QCOMPARE(error.offset, 5);
    }
    doc = Json5Document::parse(QByteArray("{\n  b: 1,\n  a: 'x\xFF'}"), &error);
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 8);
}

void TestJson5Conformance::duplicateKeys()
{
    const Json5Document doc = Json5Document::parse(QStringLiteral("{a: 1, b: 2, a: 3}"));
    QVERIFY(doc.isValid());
    QCOMPARE(doc.value().keys(), (QStringList{"a", "b"}));     // position of the first
    QCOMPARE(doc.value()[QStringLiteral("a")].toInteger(), 3); // last one wins
    QCOMPARE(doc.locate({"a"}).column, 17);                    // locations point at the value that counts
}

void TestJson5Conformance::largeDocumentParses()
{
    // About 1 MB of config-like JSON5 with comments, nesting, strings and numbers.
    QString text = QStringLiteral("{\n  // generated\n  providers: {\n");
    int i = 0;
    while (text.size() < 1'000'000) {
        text +=
            QStringLiteral("    'p%1': { baseUrl: \"https://example.com/v1/%1\", apiKey: '${KEY_%1}', "
                           "models: [{ id: \"m-%1\", cost: { input: 0.15, output: 6e-1 }, ctx: 0x30D40 }], "
                           "enabled: true, /* note */ },\n")
                .arg(i++);
    }
    text += QStringLiteral("  },\n}\n");
    // How fast: bench/json5bench. Here only that it is read completely and correctly.
    const Json5Document doc = Json5Document::parse(text);
    QVERIFY(doc.isValid());
    QCOMPARE(doc.value()[QStringLiteral("providers")].size(), i);
    QCOMPARE(doc.value()[QStringLiteral("providers")][QStringLiteral("p7")][QStringLiteral("models")]
                 .at(0)[QStringLiteral("ctx")]
                 .toInteger(),
             200000);
}

QTEST_GUILESS_MAIN(TestJson5Conformance)
#include "tst_json5conformance.moc"
