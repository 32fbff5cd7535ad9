#include "phrase.h"

#include "value.h"

namespace meso::core {

namespace {
Phrasebook book;
}

void installPhrasebook(const Phrasebook &b)
{
    book = b;
}

std::string phrase(const char *context, const char *text,
                   std::initializer_list<std::string_view> args)
{
    const std::string translated = book.translate ? book.translate(context, text) : std::string();
    const std::string_view pattern = book.translate ? std::string_view(translated) : text;
    size_t size = pattern.size();
    for (const std::string_view a : args)
        size += a.size();
    std::string out;
    out.reserve(size);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const size_t n = static_cast<size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args.begin()[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string dateText(const Date &date)
{
    return book.date ? book.date(date) : date.toString();
}

std::string numberText(double value)
{
    return book.number ? book.number(value) : js::numberToString(value);
}

} // namespace meso::core
