#include "jsonlogic.h"

#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <limits>
#include <new>
#include <string_view>
#include <unordered_map>

namespace meso::core {

namespace {

enum class Op
{
    Literal,
    ArrayLiteral,
    Unknown,
    Var,
    Missing,
    MissingSome,
    If,
    And,
    Or,
    Not,
    NotNot,
    Eq,
    StrictEq,
    Ne,
    StrictNe,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Min,
    Max,
    Cat,
    Substr,
    In,
    Merge,
    Log,
    Map,
    Filter,
    Reduce,
    All,
    Some,
    None,
};

struct OpInfo
{
    Op op;
    int minArgs;
    int maxArgs; // -1: any
};

const std::unordered_map<std::string_view, OpInfo> &operators()
{
    static const std::unordered_map<std::string_view, OpInfo> ops = {
        {"var", {Op::Var, 0, 2}},
        {"missing", {Op::Missing, 0, -1}},
        {"missing_some", {Op::MissingSome, 2, 2}},
        {"if", {Op::If, 1, -1}},
        {"?:", {Op::If, 1, -1}},
        {"and", {Op::And, 1, -1}},
        {"or", {Op::Or, 1, -1}},
        {"!", {Op::Not, 1, 1}},
        {"!!", {Op::NotNot, 1, 1}},
        {"==", {Op::Eq, 2, 2}},
        {"===", {Op::StrictEq, 2, 2}},
        {"!=", {Op::Ne, 2, 2}},
        {"!==", {Op::StrictNe, 2, 2}},
        {"<", {Op::Lt, 2, 3}},
        {"<=", {Op::Le, 2, 3}},
        {">", {Op::Gt, 2, 2}},
        {">=", {Op::Ge, 2, 2}},
        {"+", {Op::Add, 0, -1}},
        {"-", {Op::Sub, 1, 2}},
        {"*", {Op::Mul, 1, -1}},
        {"/", {Op::Div, 2, 2}},
        {"%", {Op::Mod, 2, 2}},
        {"min", {Op::Min, 1, -1}},
        {"max", {Op::Max, 1, -1}},
        {"cat", {Op::Cat, 0, -1}},
        {"substr", {Op::Substr, 2, 3}},
        {"in", {Op::In, 2, 2}},
        {"merge", {Op::Merge, 0, -1}},
        {"log", {Op::Log, 1, 1}},
        {"map", {Op::Map, 2, 2}},
        {"filter", {Op::Filter, 2, 2}},
        {"reduce", {Op::Reduce, 2, 3}},
        {"all", {Op::All, 2, 2}},
        {"some", {Op::Some, 2, 2}},
        {"none", {Op::None, 2, 2}},
    };
    return ops;
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t dot = path.find('.', start);
        parts.push_back(path.substr(start, dot - start));
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

bool canonicalIndex(std::string_view key, size_t &index)
{
    if (key.empty() || key.size() > 15 || (key.size() > 1 && key[0] == '0'))
        return false;
    index = 0;
    for (char c : key) {
        if (c < '0' || c > '9')
            return false;
        index = index * 10 + static_cast<size_t>(c - '0');
    }
    return true;
}

// data[key] as JavaScript reads it for JSON data; undefined when absent.
Value property(const Value &data, const std::string &key)
{
    if (data.isObject()) {
        if (const Value *v = data.find(key))
            return *v;
        return {};
    }
    size_t index = 0;
    if (data.isArray()) {
        if (key == "length")
            return Value(static_cast<double>(data.array().size()));
        if (canonicalIndex(key, index) && index < data.array().size())
            return data.array()[index];
        return {};
    }
    if (data.isString()) {
        const std::u16string u = js::toUtf16(data.string());
        if (key == "length")
            return Value(static_cast<double>(u.size()));
        if (canonicalIndex(key, index) && index < u.size())
            return Value(js::fromUtf16(std::u16string_view(u).substr(index, 1)));
    }
    return {};
}

Value lookup(const Value &data, const std::vector<std::string> &path, const Value &notFound)
{
    Value current = data;
    for (const auto &part : path) {
        if (current.isNullish())
            return notFound;
        current = property(current, part);
        if (current.isUndefined())
            return notFound;
    }
    return current;
}

Value varLookup(const Value &data, const Value &a, const Value &b)
{
    const Value notFound = b.isUndefined() ? Value::null() : b;
    if (a.isNullish() || (a.isString() && a.string().empty()))
        return data;
    return lookup(data, splitPath(js::toString(a)), notFound);
}

double toIntegerOrInfinity(const Value &v)
{
    const double n = js::toNumber(v);
    if (std::isnan(n))
        return 0;
    return std::trunc(n);
}

// String.prototype.substr(start, length) on UTF-16 code units.
std::u16string jsSubstr(const std::u16string &s, const Value &start, const Value &length)
{
    const double size = static_cast<double>(s.size());
    double from = toIntegerOrInfinity(start);
    if (from == -std::numeric_limits<double>::infinity())
        from = 0;
    else if (from < 0)
        from = std::max(size + from, 0.0);
    else
        from = std::min(from, size);
    double len = length.isUndefined() ? size : toIntegerOrInfinity(length);
    len = std::clamp(len, 0.0, size);
    const double to = std::min(from + len, size);
    if (to <= from)
        return {};
    return s.substr(static_cast<size_t>(from), static_cast<size_t>(to - from));
}

template <typename List> Value jsMinMax(const List &args, bool isMin)
{
    double r =
        isMin ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < args.size(); ++i) {
        const double n = js::toNumber(args[i]);
        if (std::isnan(n))
            return Value(std::numeric_limits<double>::quiet_NaN());
        if (isMin ? n < r : n > r)
            r = n;
    }
    return Value(r);
}

} // namespace

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

struct Logic::Node
{
    Op op = Op::Literal;
    Value literal;
    std::string name; // the operator as written (errors)
    std::vector<Node> args;
    bool hasPath = false; // var with a constant path: pre-split
    std::vector<std::string> path;
    std::vector<Name> names; // the same, interned (lookupRef compares pointers)
    // Where each path key was last found in its object. Facts objects keep their key order, so
    // the next lookup usually hits at once instead of scanning. Atomic: rules are shared between
    // threads; a stale hint only costs the scan.
    struct Hint
    {
        mutable std::atomic<std::uint32_t> index{0};
        Hint() = default;
        Hint(const Hint &other) : index(other.index.load(std::memory_order_relaxed)) {}
        Hint &operator=(const Hint &other)
        {
            index.store(other.index.load(std::memory_order_relaxed), std::memory_order_relaxed);
            return *this;
        }
    };
    std::vector<Hint> hints;
    bool wholeData = false; // var "" / null: the data itself
    bool directVar = false; // var with a constant path and a literal default (lookupRef)
};

namespace {

using Node = Logic::Node;

template <typename Json>
Node compileNode(const Json &j, const std::string &pointer, Logic::Mode mode, int depth = 0)
{
    // JSON parsed by MesoPlan is at most kMaxJsonDepth deep; a rule built in code could be deeper.
    if (depth > kMaxJsonDepth)
        throw LogicError(pointer,
                         "rule nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    Node n;
    if (j.is_array()) {
        n.op = Op::ArrayLiteral;
        for (size_t i = 0; i < j.size(); ++i)
            n.args.push_back(compileNode(j[i], pointer + "/" + std::to_string(i), mode, depth + 1));
        return n;
    }
    if (!j.is_object() || j.size() != 1) {
        n.literal = Value::fromJson(j);
        return n;
    }
    const auto first = j.begin();
    const std::string &name = first.key();
    const Json &values = first.value();
    n.name = name;
    const std::string opPointer = pointer + "/" + escapePointerToken(name);
    const auto it = operators().find(name);
    if (it == operators().end()) {
        if (mode == Logic::Mode::Strict)
            throw LogicError(opPointer, "unknown JsonLogic operator \"" + name + "\"");
        n.op = Op::Unknown;
    } else {
        n.op = it->second.op;
    }
    if (values.is_array()) {
        for (size_t i = 0; i < values.size(); ++i)
            n.args.push_back(
                compileNode(values[i], opPointer + "/" + std::to_string(i), mode, depth + 1));
    } else {
        n.args.push_back(compileNode(values, opPointer, mode, depth + 1));
    }
    if (mode == Logic::Mode::Strict && it != operators().end()) {
        const auto count = static_cast<int>(n.args.size());
        const OpInfo info = it->second;
        if (count < info.minArgs || (info.maxArgs >= 0 && count > info.maxArgs)) {
            std::string expected = std::to_string(info.minArgs);
            if (info.maxArgs < 0)
                expected += " or more";
            else if (info.maxArgs != info.minArgs)
                expected += " to " + std::to_string(info.maxArgs);
            throw LogicError(opPointer, "operator \"" + name + "\" takes " + expected +
                                            " argument(s), got " + std::to_string(count));
        }
    }
    if (n.op == Op::Var && !n.args.empty() && n.args[0].op == Op::Literal) {
        const Value &a = n.args[0].literal;
        if (a.isNullish() || (a.isString() && a.string().empty())) {
            n.wholeData = true;
        } else if (a.isString() || a.isNumber() || a.isBool()) {
            n.hasPath = true;
            n.path = splitPath(js::toString(a));
            n.names.assign(n.path.begin(), n.path.end());
            n.hints.resize(n.path.size());
            n.directVar = n.args.size() == 1 || (n.args.size() == 2 && n.args[1].op == Op::Literal);
        }
    }
    return n;
}

Value eval(const Node &n, const Value &data);

Value arg(const Node &n, size_t i, const Value &data)
{
    return i < n.args.size() ? eval(n.args[i], data) : Value();
}

const Value *lookupRef(const Node &n, const Value &data);

// eval without the copy when the result already lives somewhere that outlasts the caller's use
// of it (see lookupRef); otherwise the value is computed into scratch.
const Value &evalRef(const Node &n, const Value &data, Value &scratch)
{
    if (const Value *found = lookupRef(n, data))
        return *found;
    scratch = eval(n, data);
    return scratch;
}

// The evaluated arguments of an operator, in order. Literals and members of the data are
// referenced, not copied; computed values live in scratch slots, inline for up to four arguments,
// so the common operators evaluate without touching the heap. The inline slots stay raw memory
// until a computed value needs one: constructing four empty values for every operator costs
// more than evaluating a typical rule.
class Args
{
public:
    Args(const Node &n, const Value &data) : m_size(n.args.size())
    {
        const Value **refs = m_inlineRefs;
        if (m_size > Inline) {
            m_heap = std::make_unique<Heap>();
            m_heap->scratch.resize(m_size);
            m_heap->refs.resize(m_size);
            refs = m_heap->refs.data();
        }
        m_refs = refs;
        for (size_t i = 0; i < m_size; ++i) {
            const Node &arg = n.args[i];
            if (const Value *found = lookupRef(arg, data)) {
                refs[i] = found;
            } else if (m_heap) {
                m_heap->scratch[i] = eval(arg, data);
                refs[i] = &m_heap->scratch[i];
            } else {
                refs[i] = m_inline.construct(i, eval(arg, data));
            }
        }
    }
    Args(const Args &) = delete;
    Args &operator=(const Args &) = delete;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Value &operator[](size_t i) const
    {
        static const Value undefined;
        return i < m_size ? *m_refs[i] : undefined;
    }

private:
    static constexpr size_t Inline = 4;
    struct Heap
    {
        std::vector<Value> scratch;
        std::vector<const Value *> refs;
    };
    // Raw slots, each holding a Value once constructed. A member of its own so that the values
    // are destroyed even when an argument throws half-way through the Args constructor.
    class InlineSlots
    {
    public:
        InlineSlots() = default;
        InlineSlots(const InlineSlots &) = delete;
        InlineSlots &operator=(const InlineSlots &) = delete;
        ~InlineSlots()
        {
            for (size_t i = 0; m_constructed; ++i, m_constructed >>= 1) {
                if (m_constructed & 1u)
                    slot(i)->~Value();
            }
        }
        const Value *construct(size_t i, Value v)
        {
            Value *p = new (m_bytes + i * sizeof(Value)) Value(std::move(v));
            m_constructed |= 1u << i;
            return p;
        }

    private:
        Value *slot(size_t i)
        {
            return std::launder(reinterpret_cast<Value *>(m_bytes + i * sizeof(Value)));
        }
        unsigned m_constructed = 0; // bit i: slot i holds a Value
        alignas(Value) unsigned char m_bytes[Inline * sizeof(Value)];
    };
    size_t m_size;
    InlineSlots m_inline;
    const Value *m_inlineRefs[Inline];
    std::unique_ptr<Heap> m_heap;
    const Value *const *m_refs = nullptr;
};

// Evaluates the arguments past the first `used` ones: json-logic-js evaluates every argument,
// so one that fails must fail here too.
void evalRest(const Node &n, size_t used, const Value &data)
{
    for (size_t i = used; i < n.args.size(); ++i)
        eval(n.args[i], data);
}

// `missing` over a list of keys (an Array or the operator's Args).
template <typename List> Value missingKeys(const List &keys, const Value &data)
{
    Array missing;
    for (size_t i = 0; i < keys.size(); ++i) {
        const Value &key = keys[i];
        Value v = key.isArray() ? varLookup(data, key.array().empty() ? Value() : key.array()[0],
                                            key.array().size() > 1 ? key.array()[1] : Value())
                                : varLookup(data, key, Value());
        if (v.isNull() || (v.isString() && v.string().empty()))
            missing.push_back(key);
    }
    return Value(std::move(missing));
}

// The array the first argument of filter, some, none and all gives: a reference to it where it
// lives in the rule or the data (no copy), else computed into scratch; nullptr when not an array.
const Array *scopedArray(const Node &n, const Value &data, Value &scratch)
{
    if (n.args.empty())
        return nullptr;
    const Value &scoped = evalRef(n.args[0], data, scratch);
    return scoped.isArray() ? &scoped.array() : nullptr;
}

Value filterValues(const Node &n, const Value &data)
{
    Value scratch;
    Array out;
    if (const Array *scoped = scopedArray(n, data, scratch)) {
        for (const auto &datum : *scoped) {
            if (js::truthy(arg(n, 1, datum)))
                out.push_back(datum);
        }
    }
    return Value(std::move(out));
}

// How many elements filter would keep, without keeping them: json-logic-js's some and none are
// the length of that filter, so every element is still evaluated.
size_t filterCount(const Node &n, const Value &data)
{
    Value scratch;
    size_t count = 0;
    if (const Array *scoped = scopedArray(n, data, scratch)) {
        for (const auto &datum : *scoped)
            count += js::truthy(arg(n, 1, datum)) ? 1 : 0;
    }
    return count;
}

Value eval(const Node &n, const Value &data)
{
    switch (n.op) {
    case Op::Literal:
        return n.literal;
    case Op::ArrayLiteral: {
        Array a;
        a.reserve(n.args.size());
        for (const auto &c : n.args)
            a.push_back(eval(c, data));
        return Value(std::move(a));
    }
    case Op::If: {
        size_t i = 0;
        for (; i + 1 < n.args.size(); i += 2) {
            Value scratch;
            if (js::truthy(evalRef(n.args[i], data, scratch)))
                return eval(n.args[i + 1], data);
        }
        if (n.args.size() == i + 1)
            return eval(n.args[i], data);
        return Value::null();
    }
    case Op::And:
    case Op::Or: {
        // Returns the first operand that decides (falsy for "and", truthy for "or"), or the last.
        const bool stopWhen = n.op == Op::Or;
        Value scratch;
        const Value *current = &scratch;
        for (const auto &c : n.args) {
            current = &evalRef(c, data, scratch);
            if (js::truthy(*current) == stopWhen)
                break;
        }
        return *current;
    }
    case Op::Filter:
        return filterValues(n, data);
    case Op::Some:
        return Value(filterCount(n, data) != 0);
    case Op::None:
        return Value(filterCount(n, data) == 0);
    case Op::Map: {
        const Value scoped = arg(n, 0, data);
        Array out;
        if (scoped.isArray()) {
            out.reserve(scoped.array().size());
            for (const auto &datum : scoped.array())
                out.push_back(arg(n, 1, datum));
        }
        return Value(std::move(out));
    }
    case Op::Reduce: {
        const Value scoped = arg(n, 0, data);
        Value acc = n.args.size() > 2 ? eval(n.args[2], data) : Value::null();
        if (!scoped.isArray())
            return acc;
        for (const auto &current : scoped.array())
            acc = arg(n, 1, Value(Object{{"current", current}, {"accumulator", acc}}));
        return acc;
    }
    case Op::All: {
        // json-logic-js 2.0: "all" of anything but a non-empty array is false.
        Value scratch;
        const Array *scoped = scopedArray(n, data, scratch);
        if (!scoped || scoped->empty())
            return Value(false);
        for (const auto &datum : *scoped) {
            if (!js::truthy(arg(n, 1, datum)))
                return Value(false);
        }
        return Value(true);
    }
    case Op::Var: {
        if (n.wholeData) {
            evalRest(n, 1, data);
            return data;
        }
        if (n.directVar) {
            if (const Value *found = lookupRef(n, data))
                return *found;
        }
        if (n.hasPath) {
            const Value b = arg(n, 1, data);
            evalRest(n, 2, data);
            return lookup(data, n.path, b.isUndefined() ? Value::null() : b);
        }
        const Value a = arg(n, 0, data);
        const Value b = arg(n, 1, data);
        evalRest(n, 2, data);
        return varLookup(data, a, b);
    }
    default:
        break;
    }

    // Every other operator sees its arguments evaluated, as json-logic-js does.
    const Args v(n, data);
    const Value &a = v[0];
    const Value &b = v[1];
    const Value &c = v[2];

    switch (n.op) {
    case Op::Missing:
        return a.isArray() ? missingKeys(a.array(), data) : missingKeys(v, data);
    case Op::MissingSome: {
        const Value missing =
            b.isArray() ? missingKeys(b.array(), data) : missingKeys(Array{b}, data);
        double optionCount = std::numeric_limits<double>::quiet_NaN();
        if (b.isArray())
            optionCount = static_cast<double>(b.array().size());
        else if (b.isString())
            optionCount = static_cast<double>(js::toUtf16(b.string()).size());
        const Value have(optionCount - static_cast<double>(missing.array().size()));
        const int r = js::compare(have, a);
        if (r == 0 || r == 1)
            return Value(Array{});
        return missing;
    }
    case Op::Not:
        return Value(!js::truthy(a));
    case Op::NotNot:
        return Value(js::truthy(a));
    case Op::Eq:
        return Value(js::looseEquals(a, b));
    case Op::Ne:
        return Value(!js::looseEquals(a, b));
    case Op::StrictEq:
        return Value(js::strictEquals(a, b));
    case Op::StrictNe:
        return Value(!js::strictEquals(a, b));
    case Op::Lt:
    case Op::Le: {
        const bool le = n.op == Op::Le;
        auto holds = [le](const Value &x, const Value &y) {
            const int r = js::compare(x, y);
            return r == -1 || (le && r == 0);
        };
        if (c.isUndefined())
            return Value(holds(a, b));
        return Value(holds(a, b) && holds(b, c));
    }
    case Op::Gt:
        return Value(js::compare(a, b) == 1);
    case Op::Ge: {
        const int r = js::compare(a, b);
        return Value(r == 0 || r == 1);
    }
    case Op::Add: {
        double sum = 0;
        for (size_t i = 0; i < v.size(); ++i)
            sum += js::parseFloat(v[i]);
        return Value(sum);
    }
    case Op::Mul: {
        if (v.empty())
            throw LogicError("", "\"*\": reduce of empty array with no initial value");
        if (v.size() == 1)
            return v[0];
        double product = js::parseFloat(v[0]);
        for (size_t i = 1; i < v.size(); ++i)
            product *= js::parseFloat(v[i]);
        return Value(product);
    }
    case Op::Sub:
        if (b.isUndefined())
            return Value(-js::toNumber(a));
        return Value(js::toNumber(a) - js::toNumber(b));
    case Op::Div:
        return Value(js::toNumber(a) / js::toNumber(b));
    case Op::Mod:
        return Value(std::fmod(js::toNumber(a), js::toNumber(b)));
    case Op::Min:
        return jsMinMax(v, true);
    case Op::Max:
        return jsMinMax(v, false);
    case Op::Cat: {
        std::string out;
        for (size_t i = 0; i < v.size(); ++i) {
            if (!v[i].isNullish())
                out += js::toString(v[i]);
        }
        return Value(std::move(out));
    }
    case Op::Substr: {
        const std::u16string source = js::toUtf16(js::toString(a));
        if (js::compare(c, Value(0)) == -1) {
            const std::u16string temp = jsSubstr(source, b, Value());
            const Value endPrim = js::toPrimitive(c);
            Value length;
            if (endPrim.isString())
                length =
                    Value(js::numberToString(static_cast<double>(temp.size())) + endPrim.string());
            else
                length = Value(static_cast<double>(temp.size()) + js::toNumber(endPrim));
            return Value(js::fromUtf16(jsSubstr(temp, Value(0), length)));
        }
        return Value(js::fromUtf16(jsSubstr(source, b, c)));
    }
    case Op::In:
        // `if (!b || ...) return false`: an empty string holds nothing, not even "".
        if (b.isString() && !b.string().empty())
            return Value(b.string().find(js::toString(a)) != std::string::npos);
        if (b.isArray()) {
            for (const auto &e : b.array()) {
                if (js::strictEquals(e, a))
                    return Value(true);
            }
        }
        return Value(false);
    case Op::Merge: {
        Array out;
        for (size_t i = 0; i < v.size(); ++i) {
            const Value &x = v[i];
            if (x.isArray())
                out.insert(out.end(), x.array().begin(), x.array().end());
            else
                out.push_back(x);
        }
        return Value(std::move(out));
    }
    case Op::Log:
        return a;
    case Op::Unknown:
        throw LogicError("", "Unrecognized operation " + n.name);
    default:
        break;
    }
    throw LogicError("", "internal: operator not evaluated: " + n.name);
}

// Where the value of `n` already lives, when it outlasts the caller's use of it: a literal of the
// rule, or a member of the data found by a constant `var` path. nullptr: evaluate it.
const Value *lookupRef(const Node &n, const Value &data)
{
    if (n.op == Op::Literal)
        return &n.literal;
    if (n.directVar) {
        static const Value null = Value::null();
        const Value *notFound =
            n.args.size() == 2 && !n.args[1].literal.isUndefined() ? &n.args[1].literal : &null;
        const Value *current = &data;
        for (size_t i = 0; i < n.path.size(); ++i) {
            if (current->isNullish())
                return notFound;
            if (current->isArray() || current->isString())
                return nullptr; // indexes and lengths: the general lookup
            if (!current->isObject())
                return notFound;
            const Object &object = current->object();
            auto &hint = n.hints[i].index;
            const std::uint32_t at = hint.load(std::memory_order_relaxed);
            if (at < object.size() && object[at].first == n.names[i]) {
                current = &object[at].second;
            } else {
                current = nullptr;
                for (size_t k = 0; k < object.size(); ++k) {
                    if (object[k].first == n.names[i]) {
                        current = &object[k].second;
                        hint.store(static_cast<std::uint32_t>(k), std::memory_order_relaxed);
                        break;
                    }
                }
            }
            if (!current || current->isUndefined())
                return notFound;
        }
        return current;
    }
    return nullptr;
}

} // namespace

Logic::Logic() : m_root(std::make_shared<const Node>()) {}

Logic Logic::compile(const nlohmann::json &rule, Mode mode)
{
    Logic l;
    l.m_root = std::make_shared<const Node>(compileNode(rule, "", mode));
    return l;
}

Logic Logic::compile(const nlohmann::ordered_json &rule, Mode mode)
{
    Logic l;
    l.m_root = std::make_shared<const Node>(compileNode(rule, "", mode));
    return l;
}

Value Logic::evaluate(const Value &data) const
{
    return eval(*m_root, data);
}

} // namespace meso::core
