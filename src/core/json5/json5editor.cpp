// The public edit operations: intended value first, then the text edits that must reproduce it.
#include "json5editor.h"

#include "json5tree.h"

namespace clawdesk {

namespace {

constexpr int MergeBudget = 32; // above this many primitive edits, a container is replaced whole

QString typeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Undefined:
        return QStringLiteral("missing");
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return QStringLiteral("a boolean");
    case JsonValue::Type::Number:
        return QStringLiteral("a number");
    case JsonValue::Type::String:
        return QStringLiteral("a string");
    case JsonValue::Type::Array:
        return QStringLiteral("an array");
    case JsonValue::Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QString pathText(const QStringList &path, qsizetype count = -1)
{
    const QStringList part = count < 0 ? path : path.mid(0, count);
    return part.isEmpty() ? QStringLiteral("(root)") : part.join(QLatin1Char('.'));
}

qsizetype arrayIndex(const QString &s)
{
    bool ok = false;
    const qlonglong i = s.toLongLong(&ok);
    return (ok && i >= 0 && QString::number(i) == s) ? qsizetype(i) : -1;
}

// Sets path in a plain value the way the text edit will, or explains why it cannot.
bool setIn(JsonValue &cur, const QStringList &path, qsizetype i, const JsonValue &v, QString *error)
{
    const QString &k = path.at(i);
    const bool last = i == path.size() - 1;
    if (cur.isObject()) {
        if (last) {
            cur.insert(k, v);
            return true;
        }
        if (!cur.contains(k))
            cur.insert(k, JsonValue::object());
        return setIn(cur.ref(k), path, i + 1, v, error);
    }
    if (cur.isArray()) {
        const qsizetype idx = arrayIndex(k);
        if (idx < 0 || idx > cur.size()) {
            if (error)
                *error = QStringLiteral("'%1' is an array and '%2' is not an index in it (size %3)")
                             .arg(pathText(path, i), k)
                             .arg(cur.size());
            return false;
        }
        if (idx == cur.size())
            cur.append(last ? v : JsonValue::object());
        else if (last)
            cur.refAt(idx) = v;
        return last ? true : setIn(cur.refAt(idx), path, i + 1, v, error);
    }
    if (error)
        *error = QStringLiteral("cannot set '%1': '%2' is %3")
                     .arg(pathText(path), pathText(path, i), typeName(cur));
    return false;
}

void removeIn(JsonValue &root, const QStringList &path)
{
    JsonValue *cur = &root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (cur->isObject() && cur->contains(path.at(i))) {
            cur = &cur->ref(path.at(i));
        } else if (cur->isArray() && arrayIndex(path.at(i)) >= 0 && arrayIndex(path.at(i)) < cur->size()) {
            cur = &cur->refAt(arrayIndex(path.at(i)));
        } else {
            return;
        }
    }
    if (cur->isObject())
        cur->remove(path.last());
    else if (cur->isArray() && arrayIndex(path.last()) >= 0)
        cur->removeAt(arrayIndex(path.last()));
}

bool sharesKey(const JsonValue &a, const JsonValue &b)
{
    const QStringList keys = a.keys();
    for (const QString &k : keys)
        if (b.contains(k))
            return true;
    return false;
}

bool mergeable(const JsonValue &a, const JsonValue &b)
{
    return (a.isObject() && b.isObject() && sharesKey(a, b)) ||
           (a.isArray() && b.isArray() && a.size() > 0 && b.size() > 0);
}

// How many primitive edits a member-wise merge of old into new takes (stops counting past limit).
int editCost(const JsonValue &a, const JsonValue &b, int limit)
{
    if (a == b)
        return 0;
    if (!mergeable(a, b))
        return 1;
    int cost = 0;
    if (a.isObject()) {
        const QStringList ak = a.keys();
        for (const QString &k : ak)
            cost += b.contains(k) ? 0 : 1;
        const QStringList bk = b.keys();
        for (const QString &k : bk) {
            cost += a.contains(k) ? editCost(a[k], b[k], limit - cost) : 1;
            if (cost > limit)
                return cost;
        }
        return cost;
    }
    const qsizetype n = qMin(a.size(), b.size());
    cost = int(qAbs(a.size() - b.size()));
    for (qsizetype i = 0; i < n && cost <= limit; ++i)
        cost += editCost(a.at(i), b.at(i), limit - cost);
    return cost;
}

} // namespace

Json5Editor::Json5Editor(Json5Document &doc)
    : m_doc(doc)
{}

const Json5Tree &Json5Editor::tree() const
{
    return *m_doc.m_tree;
}

const Json5Node &Json5Editor::node(int i) const
{
    return m_doc.m_tree->nodes.at(i);
}

bool Json5Editor::commit(const JsonValue &expected, const std::function<bool(QString *)> &edit,
                         QString *error)
{
    const Json5Document saved = m_doc;
    m_style = Json5Style::detect(m_doc.m_text, tree());
    QString err;
    bool ok = edit(&err);
    if (ok && m_doc.m_value != expected) {
        ok = false;
        err = QStringLiteral("internal error: the edited text does not hold the intended value");
    }
    if (!ok) {
        m_doc = saved;
        if (error)
            *error = err;
    }
    return ok;
}

bool Json5Editor::set(const QStringList &path, const JsonValue &value, QString *error)
{
    if (!m_doc.isValid()) {
        if (error)
            *error = QStringLiteral("the document is not valid JSON5");
        return false;
    }
    if (value.isUndefined())
        return path.isEmpty() ? true : remove(path, error);
    JsonValue expected = m_doc.m_value;
    if (path.isEmpty())
        expected = value;
    else if (!setIn(expected, path, 0, value, error))
        return false;
    if (expected == m_doc.m_value)
        return true; // identical: no change at all
    return commit(
        expected, [&](QString *err) { return setAt(path, value, nullptr, err); }, error);
}

// budget: null at the top of an edit (decides whether to merge), otherwise already decided.
bool Json5Editor::setAt(const QStringList &path, const JsonValue &value, int *budget, QString *error)
{
    const Json5PathHit hit = resolveJson5Path(tree(), path);
    if (hit.resolved == path.size()) {
        const JsonValue old = path.isEmpty() ? m_doc.m_value : *m_doc.m_value.find(path);
        if (old == value)
            return true;
        int remaining = MergeBudget;
        if (budget == nullptr && mergeable(old, value) && editCost(old, value, MergeBudget) <= MergeBudget)
            budget = &remaining;
        if (budget == nullptr || !mergeable(old, value))
            return replaceNode(hit.node, hit.parent, value, error);
        // Member-wise: comments and layout inside the container survive.
        if (old.isObject()) {
            const QStringList oldKeys = old.keys();
            for (const QString &k : oldKeys)
                if (!value.contains(k) && !removeAt(path + QStringList{k}, error))
                    return false;
            const QStringList newKeys = value.keys();
            for (const QString &k : newKeys)
                if (!value[k].isUndefined() && !setAt(path + QStringList{k}, value[k], budget, error))
                    return false;
            return true;
        }
        const qsizetype common = qMin(old.size(), value.size());
        for (qsizetype i = 0; i < common; ++i)
            if (!setAt(path + QStringList{QString::number(i)}, value.at(i), budget, error))
                return false;
        for (qsizetype i = common; i < value.size(); ++i)
            if (!setAt(path + QStringList{QString::number(i)}, value.at(i), budget, error))
                return false;
        for (qsizetype i = old.size() - 1; i >= value.size(); --i)
            if (!removeAt(path + QStringList{QString::number(i)}, error))
                return false;
        return true;
    }
    // Missing: add the first missing member, holding the rest of the path as nested objects.
    const QStringList rest = path.mid(hit.resolved);
    JsonValue nested = value;
    for (qsizetype i = rest.size() - 1; i >= 1; --i) {
        JsonValue o = JsonValue::object();
        o.insert(rest.at(i), nested);
        nested = o;
    }
    const QString key = rest.first();
    if (node(hit.node).type == JsonValue::Type::Object) {
        return appendMember(
            hit.node, hit.parent,
            [&](const QString &indent, Json5Layout l) { return m_style.member(key, nested, indent, l); },
            error);
    }
    if (node(hit.node).type == JsonValue::Type::Array && arrayIndex(key) == node(hit.node).members.size()) {
        return appendMember(
            hit.node, hit.parent,
            [&](const QString &indent, Json5Layout l) { return m_style.value(nested, indent, l); }, error);
    }
    if (error)
        *error = QStringLiteral("cannot set '%1'").arg(pathText(path));
    return false;
}

bool Json5Editor::remove(const QStringList &path, QString *error)
{
    if (!m_doc.isValid()) {
        if (error)
            *error = QStringLiteral("the document is not valid JSON5");
        return false;
    }
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot remove the document's root value");
        return false;
    }
    if (!m_doc.contains(path))
        return true;
    JsonValue expected = m_doc.m_value;
    removeIn(expected, path);
    return commit(
        expected, [&](QString *err) { return removeAt(path, err); }, error);
}

bool Json5Editor::removeAt(const QStringList &path, QString *error)
{
    // Loops for duplicate keys: removing the last one makes an earlier one visible.
    for (int guard = 0; guard < 100000; ++guard) {
        const Json5PathHit hit = resolveJson5Path(tree(), path);
        if (hit.resolved < path.size())
            return true;
        if (!removeMember(hit.parent, hit.member, error))
            return false;
        if (node(hit.parent).type == JsonValue::Type::Array)
            return true;
    }
    return true;
}

bool Json5Editor::insert(const QStringList &arrayPath, qsizetype index, const JsonValue &value,
                         QString *error)
{
    if (!m_doc.isValid()) {
        if (error)
            *error = QStringLiteral("the document is not valid JSON5");
        return false;
    }
    if (value.isUndefined()) {
        if (error)
            *error = QStringLiteral("cannot insert an undefined value");
        return false;
    }
    const JsonValue *arr = arrayPath.isEmpty() ? &m_doc.m_value : m_doc.m_value.find(arrayPath);
    if (!arr) {
        if (index != 0) {
            if (error)
                *error = QStringLiteral("'%1' does not exist; only index 0 can create it")
                             .arg(pathText(arrayPath));
            return false;
        }
        return set(arrayPath, JsonValue::array({value}), error);
    }
    if (!arr->isArray() || index < 0 || index > arr->size()) {
        if (error)
            *error =
                arr->isArray()
                    ? QStringLiteral("index %1 is out of range for '%2' (size %3)")
                          .arg(index)
                          .arg(pathText(arrayPath))
                          .arg(arr->size())
                    : QStringLiteral("'%1' is %2, not an array").arg(pathText(arrayPath), typeName(*arr));
        return false;
    }
    JsonValue expected = m_doc.m_value;
    JsonValue newArray = *arr;
    newArray.insertAt(index, value);
    if (arrayPath.isEmpty())
        expected = newArray;
    else
        setIn(expected, arrayPath, 0, newArray, nullptr);
    return commit(
        expected,
        [&](QString *err) {
            const Json5PathHit hit = resolveJson5Path(tree(), arrayPath);
            const auto build = [&](const QString &indent, Json5Layout l) {
                return m_style.value(value, indent, l);
            };
            if (index == node(hit.node).members.size())
                return appendMember(hit.node, hit.parent, build, err);
            return insertMemberBefore(hit.node, int(index), build, err);
        },
        error);
}

bool Json5Editor::move(const QStringList &arrayPath, qsizetype from, qsizetype to, QString *error)
{
    if (!m_doc.isValid()) {
        if (error)
            *error = QStringLiteral("the document is not valid JSON5");
        return false;
    }
    const JsonValue *arr = arrayPath.isEmpty() ? &m_doc.m_value : m_doc.m_value.find(arrayPath);
    if (!arr || !arr->isArray() || from < 0 || to < 0 || from >= arr->size() || to >= arr->size()) {
        if (error)
            *error = (arr && arr->isArray())
                         ? QStringLiteral("cannot move %1 to %2 in '%3' (size %4)")
                               .arg(from)
                               .arg(to)
                               .arg(pathText(arrayPath))
                               .arg(arr->size())
                         : QStringLiteral("'%1' is not an array").arg(pathText(arrayPath));
        return false;
    }
    if (from == to)
        return true;
    JsonValue newArray = *arr;
    const JsonValue item = newArray.at(from);
    newArray.removeAt(from);
    newArray.insertAt(to, item);
    JsonValue expected = m_doc.m_value;
    if (arrayPath.isEmpty())
        expected = newArray;
    else
        setIn(expected, arrayPath, 0, newArray, nullptr);
    return commit(
        expected,
        [&](QString *err) {
            Json5PathHit hit = resolveJson5Path(tree(), arrayPath);
            // The element moves as written (comments and layout inside it included).
            QString trailer;
            const QString raw = elementText(hit.node, int(from), &trailer);
            if (!removeMember(hit.node, int(from), err))
                return false;
            hit = resolveJson5Path(tree(), arrayPath);
            const auto build = [&](const QString &, Json5Layout) { return raw; };
            if (to == node(hit.node).members.size())
                return appendMember(hit.node, hit.parent, build, err, trailer);
            return insertMemberBefore(hit.node, int(to), build, err, trailer);
        },
        error);
}

} // namespace clawdesk
