// A staff record's rules: normalising what people type, and the problems that stop a write or an import row.
#include <algorithm>

#include "core/dates.hpp"
#include "core/identity.hpp"
#include "core/input.hpp"
#include "core/text.hpp"
#include "domains/staff/internal.hpp"
#include "text/pinyin.hpp"

namespace zhixie::staff {

namespace {

using import::Problem;

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : " / ") + s;
    return out;
}

void check_text(std::vector<Problem>& out, const std::string& field, std::string& v, size_t max_chars,
                bool required) {
    v = text::trim(v);
    if (v.empty() && required)
        out.push_back({field, "missing_field"});
    else if (input::utf8_length(v) > max_chars)
        out.push_back({field, "invalid_field", {{"reason", "max " + std::to_string(max_chars)}}});
}

void check_choice(std::vector<Problem>& out, const std::string& field, std::string& v,
                  const std::vector<std::string>& choices) {
    v = text::trim(v);
    if (v.empty()) return;  // missing is reported separately where it matters
    if (std::find(choices.begin(), choices.end(), v) == choices.end())
        out.push_back({field, "invalid_choice", {{"value", v}, {"choices", joined(choices)}}});
}

void check_date(std::vector<Problem>& out, const std::string& field, std::string& v) {
    v = text::trim(v);
    if (v.empty()) return;
    if (auto d = dates::normalise(v))
        v = *d;
    else
        out.push_back({field, "invalid_date", {{"value", v}}});
}

// a later date must not come before an earlier one (both given and valid)
void check_order(std::vector<Problem>& out, const std::string& earlier_field, const std::string& earlier,
                 const std::string& later_field, const std::string& later) {
    if (dates::is_iso_date(earlier) && dates::is_iso_date(later) && later < earlier)
        out.push_back({later_field, "date_order", {{"after", earlier_field}}});
}

std::string mask(const std::string& s, size_t keep_front, size_t keep_back) {
    if (s.size() <= keep_front + keep_back) return s;
    return s.substr(0, keep_front) + std::string(s.size() - keep_front - keep_back, '*') +
           s.substr(s.size() - keep_back);
}

}  // namespace

std::vector<Problem> normalise_and_check(Record& r) {
    std::vector<Problem> out;
    check_text(out, "name", r.name, 50, true);
    check_text(out, "gender", r.gender, 50, true);
    check_choice(out, "gender", r.gender, kGenders);
    check_date(out, "birth_date", r.birth_date);
    r.id_card = text::trim(r.id_card);
    std::replace(r.id_card.begin(), r.id_card.end(), 'x', 'X');
    if (!r.id_card.empty() && !identity::valid_id_card(r.id_card))
        out.push_back({"id_card", "invalid_id_card", {{"value", r.id_card}}});
    else if (!r.id_card.empty() && r.birth_date.empty())
        r.birth_date = identity::id_card_birth_date(r.id_card);
    r.phone = text::trim(r.phone);
    r.phone.erase(std::remove(r.phone.begin(), r.phone.end(), ' '), r.phone.end());
    if (!r.phone.empty() && !identity::valid_phone(r.phone))
        out.push_back({"phone", "invalid_phone", {{"value", r.phone}}});
    check_text(out, "rank", r.rank, 30, false);
    check_text(out, "post", r.post, 30, false);
    if (text::trim(r.status).empty()) r.status = "在职";
    check_choice(out, "status", r.status, kStatuses);
    check_date(out, "joined_on", r.joined_on);
    check_date(out, "left_on", r.left_on);
    check_order(out, "birth_date", r.birth_date, "joined_on", r.joined_on);
    check_order(out, "joined_on", r.joined_on, "left_on", r.left_on);
    return out;
}

Record apply(const Fields& f, Record r) {
    auto set = [](std::string& field, const std::optional<std::string>& v) {
        if (v) field = *v;
    };
    set(r.name, f.name);
    set(r.gender, f.gender);
    set(r.birth_date, f.birth_date);
    set(r.id_card, f.id_card);
    set(r.phone, f.phone);
    set(r.rank, f.rank);
    set(r.post, f.post);
    set(r.status, f.status);
    set(r.joined_on, f.joined_on);
    set(r.left_on, f.left_on);
    if (f.body_id) r.body_id = *f.body_id;
    return r;
}

void throw_first(const std::vector<Problem>& problems) {
    if (!problems.empty()) throw import::to_error(problems.front());
}

Record load_record(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT name, gender, birth_date, id_card, phone, rank, post, body_id, status, joined_on, left_on "
        "FROM staff WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return {r->s("name"),   r->s("gender"),    r->s("birth_date"), r->s("id_card"),
            r->s("phone"),  r->s("rank"),      r->s("post"),       r->opt_i("body_id"),
            r->s("status"), r->s("joined_on"), r->s("left_on")};
}

storage::Params record_params(const Record& r) {
    const auto py = text::name_pinyin(r.name);
    auto or_null = [](const std::string& s) { return s.empty() ? storage::Value{} : storage::Value(s); };
    return {{"name", r.name},
            {"name_pinyin", py.full},
            {"name_initials", py.initials},
            {"gender", r.gender},
            {"birth_date", r.birth_date},
            {"id_card", or_null(r.id_card)},
            {"phone", or_null(r.phone)},
            {"rank", r.rank},
            {"post", r.post},
            {"body_id", r.body_id ? storage::Value(*r.body_id) : storage::Value{}},
            {"status", r.status},
            {"joined_on", r.joined_on},
            {"left_on", r.left_on}};
}

std::vector<Problem> duplicates(storage::Tx& tx, int64_t committee_id, const Record& r,
                                std::optional<int64_t> except_id) {
    std::vector<Problem> out;
    for (const auto& [field, value] : {std::pair{"id_card", r.id_card}, std::pair{"phone", r.phone}}) {
        if (value.empty()) continue;
        if (tx.one("SELECT id FROM staff WHERE committee_id = :c AND " + std::string(field) +
                       " = :v AND id <> :x",
                   {{"c", committee_id}, {"v", value}, {"x", except_id.value_or(0)}}))
            out.push_back({field, "duplicate"});
    }
    return out;
}

nlohmann::json audit_view(const Record& r) {
    return {{"name", r.name},
            {"gender", r.gender},
            {"birth_date", r.birth_date},
            {"id_card", mask(r.id_card, 6, 4)},
            {"phone", mask(r.phone, 3, 4)},
            {"rank", r.rank},
            {"post", r.post},
            {"body_id", r.body_id ? nlohmann::json(*r.body_id) : nlohmann::json()},
            {"status", r.status},
            {"joined_on", r.joined_on},
            {"left_on", r.left_on}};
}

}  // namespace zhixie::staff
