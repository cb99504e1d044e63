#include "core/field_errors.hpp"

#include <algorithm>

#include "core/clock.hpp"
#include "core/input.hpp"
#include "core/text.hpp"

namespace zhixie {

nlohmann::json FieldErrors::to_json(Lang lang, const FieldLabels& labels) const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& it : items_) {
        nlohmann::json d = it.details.is_object() ? it.details : nlohmann::json::object();
        auto l = labels.find(it.field);
        d["label"] = l == labels.end() ? it.field : (lang == Lang::en ? l->second.en : l->second.zh);
        out.push_back({{"field", it.field}, {"code", it.code}, {"message", error_message(it.code, lang, d)}});
    }
    return out;
}

void FieldErrors::throw_if_any(Lang lang, const FieldLabels& labels) const {
    if (items_.empty()) return;
    auto errors = to_json(lang, labels);
    std::string summary;
    for (const auto& e : errors)
        summary += (summary.empty() ? "" : " ") + e["message"].get<std::string>();
    throw AppError(422, "invalid_record", {{"errors", errors}, {"summary", summary}});
}

namespace check {

bool required(FieldErrors& e, const std::string& field, const std::string& v, size_t max_chars) {
    if (text::trim(v).empty()) {
        e.add(field, "field_required");
        return false;
    }
    if (input::utf8_length(v) > max_chars) {
        e.add(field, "field_too_long", {{"max", max_chars}});
        return false;
    }
    return true;
}

bool date(FieldErrors& e, const std::string& field, const std::string& v, bool req) {
    if (v.empty()) {
        if (req) e.add(field, "field_required");
        return !req;
    }
    bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
    if (ok) {
        try {
            // round trip rejects 2026-02-30
            ok = clock::iso(clock::parse_iso(v)).substr(0, 10) == v;
        } catch (const std::exception&) {
            ok = false;
        }
    }
    if (!ok) e.add(field, "field_invalid_date", {{"value", v}});
    return ok;
}

bool id_card(FieldErrors& e, const std::string& field, const std::string& v) {
    if (v.empty()) return true;
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char codes[] = "10X98765432";
    bool ok =
        v.size() == 18 && std::all_of(v.begin(), v.begin() + 17, [](char c) { return c >= '0' && c <= '9'; });
    if (ok) {
        int sum = 0;
        for (int k = 0; k < 17; ++k)
            sum += (v[k] - '0') * weights[k];
        char want = codes[sum % 11];
        ok = v[17] == want || (want == 'X' && v[17] == 'x');
    }
    if (!ok) e.add(field, "field_invalid_id_card", {{"value", v}});
    return ok;
}

bool phone(FieldErrors& e, const std::string& field, const std::string& v) {
    if (v.empty()) return true;
    bool mobile = v.size() == 11 && v[0] == '1' &&
                  std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool landline = v.size() >= 7 && v.size() <= 20 && std::all_of(v.begin(), v.end(), [](char c) {
                        return (c >= '0' && c <= '9') || c == '-';
                    });
    if (!mobile && !landline) e.add(field, "field_invalid_phone", {{"value", v}});
    return mobile || landline;
}

bool one_of(FieldErrors& e, const std::string& field, const std::string& v,
            const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) return true;
    e.add(field, "field_invalid_choice", {{"value", v}});
    return false;
}

}  // namespace check
}  // namespace zhixie
