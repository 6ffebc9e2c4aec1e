// The JSON5 editor: a document from the input, then edits steered by the input. An edit either
// fails and leaves the text as it was, or succeeds and leaves a document that parses to the value
// it reports.
#include "fuzzinput.h"
#include "json5document.h"
#include "jsonvalue.h"

#include <cstdlib>

using namespace clawdesk;
using clawdesk::fuzz::FuzzInput;

namespace {

QStringList pathFrom(FuzzInput &in, const JsonValue &root)
{
    QStringList path;
    const JsonValue *node = &root;
    const int depth = in.byte() % 5;
    for (int i = 0; i < depth; ++i) {
        const uint8_t pick = in.byte();
        if (node && node->isObject() && !node->keys().isEmpty() && pick < 200) {
            const QStringList keys = node->keys();
            const QString key = keys.at(pick % keys.size());
            path.append(key);
            node = &(*node)[key];
        } else if (node && node->isArray() && node->size() > 0 && pick < 200) {
            const qsizetype index = pick % node->size();
            path.append(QString::number(index));
            node = &node->at(index);
        } else {
            path.append(QString::fromUtf8(in.take(in.byte() % 8)));
            node = nullptr;
        }
    }
    return path;
}

JsonValue valueFrom(FuzzInput &in)
{
    switch (in.byte() % 6) {
    case 0:
        return JsonValue(QString::fromUtf8(in.take(in.byte() % 16)));
    case 1:
        return JsonValue(double(int8_t(in.byte())));
    case 2:
        return JsonValue(bool(in.byte() & 1));
    case 3:
        return JsonValue::object();
    case 4:
        return JsonValue::array();
    default: {
        Json5Document doc = Json5Document::parse(in.take(in.byte() % 32));
        return doc.isValid() ? doc.value() : JsonValue();
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const qsizetype textSize = in.byte() | (qsizetype(in.byte()) << 8);
    Json5Document document = Json5Document::parse(in.take(textSize));
    if (!document.isValid())
        document =
            Json5Document::parse(QByteArrayLiteral("{\n  // comment\n  a: [1, 2],\n  b: { c: 'd' },\n}\n"));
    for (int step = 0; step < 8 && !in.empty(); ++step) {
        const QString before = document.text();
        const QStringList path = pathFrom(in, document.value());
        bool ok = false;
        switch (in.byte() % 4) {
        case 0:
            ok = document.set(path, valueFrom(in));
            break;
        case 1:
            ok = document.remove(path);
            break;
        case 2:
            ok = document.insert(path, in.byte() % 4, valueFrom(in));
            break;
        default:
            ok = document.move(path, in.byte() % 4, in.byte() % 4);
            break;
        }
        if (!ok && document.text() != before)
            std::abort(); // a failed edit changed the text
        const Json5Document reread = Json5Document::parse(document.text());
        if (!reread.isValid())
            std::abort(); // an edit left text that does not parse
        // NaN never equals itself, so only documents without one can be compared.
        if (!document.text().contains(QLatin1String("NaN")) && !(reread.value() == document.value()))
            std::abort(); // the text and the value disagree
    }
    return 0;
}
