// A staff record's rules: normalising what people type, and the problems that stop a write or an import row.
#include <algorithm>

#include "core/dates.hpp"
#include "core/identity.hpp"
#include "core/input.hpp"
#include "core/text.hpp"
#include "domains/org/org.hpp"
#include "domains/staff/internal.hpp"
#include "text/pinyin.hpp"

namespace zhixie::staff {

namespace {

// a date people typed → YYYY-MM-DD when it can be read (left as typed otherwise, for validate to report)
void normalise_date(std::string& v) {
    v = text::trim(v);
    if (auto d = dates::normalise(v)) v = *d;
}

// a later date must not come before an earlier one (both valid)
void check_order(FieldErrors& e, const std::string& earlier, const std::string& later_field,
                 const std::string& later) {
    if (dates::is_iso_date(earlier) && dates::is_iso_date(later) && later < earlier)
        e.add(later_field, "field_dates_out_of_order", {{"value", later}});
}

std::string mask(const std::string& s, size_t keep_front, size_t keep_back) {
    if (s.size() <= keep_front + keep_back) return s;
    return s.substr(0, keep_front) + std::string(s.size() - keep_front - keep_back, '*') +
           s.substr(s.size() - keep_back);
}

}  // namespace

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"name", {"姓名", "Name"}},
        {"gender", {"性别", "Gender"}},
        {"birth_date", {"出生日期", "Birth date"}},
        {"id_card", {"身份证号", "ID card number"}},
        {"phone", {"手机号码", "Phone"}},
        {"rank", {"职级", "Rank"}},
        {"post", {"职务", "Post"}},
        {"body", {"所在机构", "Working body"}},
        {"body_id", {"所在机构", "Working body"}},
        {"status", {"状态", "Status"}},
        {"joined_on", {"入职日期", "Joined on"}},
        {"left_on", {"离职日期", "Left on"}},
        {"kind", {"类别", "Kind"}},
        {"on_date", {"日期", "Date"}},
        {"end_date", {"结束日期", "End date"}},
        {"detail", {"说明", "Detail"}},
        {"to_rank", {"晋升职级", "New rank"}},
    };
    return l;
}

void normalise(Record& r) {
    for (auto* v : {&r.name, &r.gender, &r.id_card, &r.rank, &r.post, &r.status})
        *v = text::trim(*v);
    std::replace(r.id_card.begin(), r.id_card.end(), 'x', 'X');
    r.phone.erase(std::remove(r.phone.begin(), r.phone.end(), ' '), r.phone.end());
    for (auto* d : {&r.birth_date, &r.joined_on, &r.left_on})
        normalise_date(*d);
    if (r.birth_date.empty() && r.id_card.size() == 18) {
        const std::string from_card = identity::id_card_birth_date(r.id_card);
        if (dates::is_iso_date(from_card)) r.birth_date = from_card;
    }
    if (r.status.empty()) r.status = "在职";
}

void validate(const Record& r, FieldErrors& e) {
    check::required(e, "name", r.name, 50);
    if (check::required(e, "gender", r.gender)) check::one_of(e, "gender", r.gender, kGenders);
    check::date(e, "birth_date", r.birth_date, false);
    check::id_card(e, "id_card", r.id_card);
    check::phone(e, "phone", r.phone);
    for (const auto& [field, value] : {std::pair{"rank", &r.rank}, {"post", &r.post}})
        if (input::utf8_length(*value) > 30) e.add(field, "field_too_long", {{"max", 30}});
    check::one_of(e, "status", r.status, kStatuses);
    check::date(e, "joined_on", r.joined_on, false);
    check::date(e, "left_on", r.left_on, false);
    check_order(e, r.birth_date, "joined_on", r.joined_on);
    check_order(e, r.joined_on, "left_on", r.left_on);
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

void check_for_write(storage::Tx& tx, int64_t committee_id, Record& r, const std::optional<Record>& before,
                     std::optional<int64_t> except_id, Lang lang) {
    normalise(r);
    FieldErrors e;
    validate(r, e);
    e.throw_if_any(lang, labels());
    if (!before || r.body_id != before->body_id) org::check_body(tx, committee_id, r.body_id, "body_id");
    for (const auto& [field, value] : {std::pair{"id_card", r.id_card}, std::pair{"phone", r.phone}}) {
        if (value.empty()) continue;
        if (tx.one("SELECT id FROM staff WHERE committee_id = :c AND " + std::string(field) +
                       " = :v AND id <> :x",
                   {{"c", committee_id}, {"v", value}, {"x", except_id.value_or(0)}}))
            throw AppError::conflict("duplicate", {{"field", field}});
    }
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
