#include "value.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <unordered_set>

namespace meso::core {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

namespace {
struct NameHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
} // namespace

Name::Name(std::string_view text)
{
    // A set's nodes never move: the pointer stays valid as the set grows.
    static std::mutex mutex;
    static std::unordered_set<std::string, NameHash, std::equal_to<>> names;
    const std::lock_guard lock(mutex);
    auto it = names.find(text);
    if (it == names.end())
        it = names.emplace(text).first;
    m_text = &*it;
}

Value Value::null()
{
    Value v;
    v.m_type = Type::Null;
    return v;
}

Value::Value(std::string s)
    : m_type(Type::String), m_shared(std::make_shared<const std::string>(std::move(s)))
{
}

Value::Value(Array a) : m_type(Type::Array), m_shared(std::make_shared<const Array>(std::move(a)))
{
}

Value::Value(std::shared_ptr<const Object> o) : m_type(Type::Object), m_shared(std::move(o)) {}

Value::Value(Object o)
    : m_type(Type::Object), m_shared(std::make_shared<const Object>(std::move(o)))
{
}

const void *Value::identity() const
{
    if (m_type == Type::Array || m_type == Type::Object)
        return m_shared.get();
    return nullptr;
}

const Value *Value::find(std::string_view key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const auto &[k, v] : object()) {
        if (k.str() == key)
            return &v;
    }
    return nullptr;
}

namespace {
template <typename Json> Value valueFromJson(const Json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        return Value::null();
    case nlohmann::json::value_t::boolean:
        return Value(j.template get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return Value(j.template get<double>());
    case nlohmann::json::value_t::string:
        return Value(j.template get<std::string>());
    case nlohmann::json::value_t::array: {
        Array a;
        a.reserve(j.size());
        for (const auto &e : j)
            a.push_back(valueFromJson(e));
        return Value(std::move(a));
    }
    case nlohmann::json::value_t::object: {
        Object o;
        o.reserve(j.size());
        for (const auto &[k, e] : j.items())
            o.emplace_back(k, valueFromJson(e));
        return Value(std::move(o));
    }
    case nlohmann::json::value_t::binary:
        break;
    }
    return Value::null();
}
} // namespace

Value Value::fromJson(const nlohmann::json &j)
{
    return valueFromJson(j);
}

Value Value::fromJson(const nlohmann::ordered_json &j)
{
    return valueFromJson(j);
}

nlohmann::json Value::toJson() const
{
    switch (m_type) {
    case Type::Undefined:
    case Type::Null:
        return nullptr;
    case Type::Bool:
        return m_bool;
    case Type::Number:
        if (!std::isfinite(m_number))
            return nullptr;
        if (m_number == std::trunc(m_number) && std::fabs(m_number) < 9.007199254740992e15)
            return static_cast<std::int64_t>(m_number);
        return m_number;
    case Type::String:
        return string();
    case Type::Array: {
        auto a = nlohmann::json::array();
        for (const auto &e : array())
            a.push_back(e.toJson());
        return a;
    }
    case Type::Object: {
        auto o = nlohmann::json::object();
        for (const auto &[k, e] : object())
            o[k.str()] = e.toJson();
        return o;
    }
    }
    return nullptr;
}

namespace js {

bool truthy(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return false;
    case Value::Type::Bool:
        return v.boolean();
    case Value::Type::Number:
        return v.number() != 0 && !std::isnan(v.number());
    case Value::Type::String:
        return !v.string().empty();
    case Value::Type::Array:
        return !v.array().empty();
    case Value::Type::Object:
        return true;
    }
    return false;
}

namespace {

bool isJsSpace(std::u16string_view s, size_t i)
{
    const char16_t c = s[i];
    return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Trims JavaScript white space (which includes Unicode spaces) from an UTF-8 string.
std::string trimJs(std::string_view s, bool right)
{
    const std::u16string u = toUtf16(s);
    size_t b = 0;
    size_t e = u.size();
    while (b < e && isJsSpace(u, b))
        ++b;
    while (right && e > b && isJsSpace(u, e - 1))
        --e;
    return fromUtf16(std::u16string_view(u).substr(b, e - b));
}

// Length of the longest prefix of s that is a StrDecimalLiteral without sign (digits, dot,
// exponent), 0 when none.
size_t decimalPrefix(std::string_view s)
{
    size_t i = 0;
    size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        size_t j = i + 1;
        size_t frac = 0;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') {
            ++j;
            ++frac;
        }
        if (digits + frac > 0) {
            i = j;
            digits += frac;
        }
    }
    if (digits == 0)
        return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        const size_t expStart = j;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9')
            ++j;
        if (j > expStart)
            i = j;
    }
    return i;
}

double parseDecimal(std::string_view s)
{
    const std::string copy(s);
    return std::strtod(copy.c_str(), nullptr);
}

double stringToNumber(std::string_view raw)
{
    const std::string s = trimJs(raw, true);
    if (s.empty())
        return 0;
    if (s.size() > 2 && s[0] == '0') {
        int base = 0;
        if (s[1] == 'x' || s[1] == 'X')
            base = 16;
        else if (s[1] == 'o' || s[1] == 'O')
            base = 8;
        else if (s[1] == 'b' || s[1] == 'B')
            base = 2;
        if (base) {
            double r = 0;
            for (size_t i = 2; i < s.size(); ++i) {
                const char c = s[i];
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0 || d >= base)
                    return kNaN;
                r = r * base + d;
            }
            return r;
        }
    }
    size_t i = 0;
    double sign = 1;
    if (s[0] == '+' || s[0] == '-') {
        sign = s[0] == '-' ? -1 : 1;
        i = 1;
    }
    const std::string_view rest = std::string_view(s).substr(i);
    if (rest == "Infinity")
        return sign * kInf;
    const size_t n = decimalPrefix(rest);
    if (n == 0 || n != rest.size())
        return kNaN;
    return sign * parseDecimal(rest);
}

} // namespace

double parseFloat(const Value &v)
{
    if (v.isNumber())
        return v.number();
    const std::string s = trimJs(toString(v), false);
    size_t i = 0;
    double sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        i = 1;
    }
    const std::string_view rest = std::string_view(s).substr(i);
    if (rest.substr(0, 8) == "Infinity")
        return sign * kInf;
    const size_t n = decimalPrefix(rest);
    if (n == 0)
        return kNaN;
    return sign * parseDecimal(rest.substr(0, n));
}

Value toPrimitive(const Value &v)
{
    if (v.isArray() || v.isObject())
        return Value(toString(v));
    return v;
}

double toNumber(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Undefined:
        return kNaN;
    case Value::Type::Null:
        return 0;
    case Value::Type::Bool:
        return v.boolean() ? 1 : 0;
    case Value::Type::Number:
        return v.number();
    case Value::Type::String:
        return stringToNumber(v.string());
    case Value::Type::Array:
    case Value::Type::Object:
        return stringToNumber(toString(v));
    }
    return kNaN;
}

std::string numberToString(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0)
        return "0";
    std::string out;
    if (d < 0) {
        out = "-";
        d = -d;
    }
    // Shortest round-trip digits, then laid out as Number::toString does (ECMA-262 6.1.6.1.20).
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
    const size_t ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos)) {
        if (c != '.')
            digits += c;
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    int exp10 = 0;
    std::from_chars(sci.data() + ePos + (sci[ePos + 1] == '+' ? 2 : 1), sci.data() + sci.size(),
                    exp10);
    const int k = static_cast<int>(digits.size());
    const int n = exp10 + 1;
    if (k <= n && n <= 21) {
        out += digits + std::string(static_cast<size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out +=
            digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(static_cast<size_t>(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += (n - 1 >= 0) ? "e+" : "e-";
        out += std::to_string(std::abs(n - 1));
    }
    return out;
}

std::string toString(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Undefined:
        return "undefined";
    case Value::Type::Null:
        return "null";
    case Value::Type::Bool:
        return v.boolean() ? "true" : "false";
    case Value::Type::Number:
        return numberToString(v.number());
    case Value::Type::String:
        return v.string();
    case Value::Type::Array: {
        std::string out;
        bool first = true;
        for (const auto &e : v.array()) {
            if (!first)
                out += ',';
            first = false;
            if (!e.isNullish())
                out += toString(e);
        }
        return out;
    }
    case Value::Type::Object:
        return "[object Object]";
    }
    return {};
}

bool strictEquals(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.boolean() == b.boolean();
    case Value::Type::Number:
        return a.number() == b.number();
    case Value::Type::String:
        return a.sharesStorage(b) || a.string() == b.string();
    case Value::Type::Array:
    case Value::Type::Object:
        return a.identity() == b.identity();
    }
    return false;
}

bool looseEquals(const Value &a, const Value &b)
{
    // ECMA-262 IsLooselyEqual.
    if (a.type() == b.type())
        return strictEquals(a, b);
    if (a.isNullish() && b.isNullish())
        return true;
    if (a.isNullish() || b.isNullish())
        return false;
    if (a.isNumber() && b.isString())
        return a.number() == toNumber(b);
    if (a.isString() && b.isNumber())
        return toNumber(a) == b.number();
    if (a.isBool())
        return looseEquals(Value(toNumber(a)), b);
    if (b.isBool())
        return looseEquals(a, Value(toNumber(b)));
    const bool aObj = a.isArray() || a.isObject();
    const bool bObj = b.isArray() || b.isObject();
    if (!aObj && bObj)
        return looseEquals(a, toPrimitive(b));
    if (aObj && !bObj)
        return looseEquals(toPrimitive(a), b);
    return false;
}

int compare(const Value &a, const Value &b)
{
    const Value pa = toPrimitive(a);
    const Value pb = toPrimitive(b);
    if (pa.isString() && pb.isString()) {
        const std::u16string ua = toUtf16(pa.string());
        const std::u16string ub = toUtf16(pb.string());
        return ua < ub ? -1 : (ua == ub ? 0 : 1);
    }
    const double x = toNumber(pa);
    const double y = toNumber(pb);
    if (std::isnan(x) || std::isnan(y))
        return 2;
    return x < y ? -1 : (x == y ? 0 : 1);
}

namespace {
void stringifyTo(const Value &v, std::string &out)
{
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        out += "null";
        return;
    case Value::Type::Bool:
        out += v.boolean() ? "true" : "false";
        return;
    case Value::Type::Number:
        out += std::isfinite(v.number()) ? numberToString(v.number()) : "null";
        return;
    case Value::Type::String:
        out += '"';
        for (unsigned char c : v.string()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
            }
        }
        out += '"';
        return;
    case Value::Type::Array: {
        out += '[';
        bool first = true;
        for (const auto &e : v.array()) {
            if (!first)
                out += ',';
            first = false;
            stringifyTo(e, out);
        }
        out += ']';
        return;
    }
    case Value::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[k, e] : v.object()) {
            if (e.isUndefined())
                continue;
            if (!first)
                out += ',';
            first = false;
            stringifyTo(Value(k.str()), out);
            out += ':';
            stringifyTo(e, out);
        }
        out += '}';
        return;
    }
    }
}
} // namespace

std::string stringify(const Value &v)
{
    std::string out;
    stringifyTo(v, out);
    return out;
}

std::u16string toUtf16(std::string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = 0xFFFD;
        size_t len = 1;
        if (c < 0x80) {
            cp = c;
        } else if ((c >> 5) == 0x6 && i + 1 < s.size()) {
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            len = 2;
        } else if ((c >> 4) == 0xE && i + 2 < s.size()) {
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            len = 3;
        } else if ((c >> 3) == 0x1E && i + 3 < s.size()) {
            cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
                 ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
            len = 4;
        }
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

std::string fromUtf16(std::u16string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        char32_t cp = s[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

} // namespace js
namespace {

struct TooDeep
{
};

template <typename Json> bool parseLimited(const std::string &text, Json &out, std::string &error)
{
    try {
        out = Json::parse(text, [](int depth, nlohmann::json::parse_event_t, Json &) {
            if (depth > kMaxJsonDepth)
                throw TooDeep{};
            return true;
        });
        return true;
    } catch (const TooDeep &) {
        error = "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    } catch (const nlohmann::json::exception &e) { // parse errors, and numbers beyond a double
        const std::string what = e.what();
        auto pos = what.find("parse error");
        if (pos == std::string::npos) // "[json.exception.out_of_range.406] number overflow ..."
            pos = what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2;
        error = what.substr(pos);
    }
    out = Json();
    return false;
}

} // namespace

bool parseJsonText(const std::string &text, nlohmann::json &out, std::string &error)
{
    return parseLimited(text, out, error);
}

bool parseJsonText(const std::string &text, nlohmann::ordered_json &out, std::string &error)
{
    return parseLimited(text, out, error);
}

} // namespace meso::core
