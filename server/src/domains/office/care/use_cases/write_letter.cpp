#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

namespace {

// What a letter is written for: the event's key (one letter per key), its kind, day, staff member and detail.
struct Occasion {
    std::string key, kind, date, detail;
    int64_t staff_id = 0;
    std::optional<int64_t> event_id;
    int year = 0;
};

std::optional<Occasion> occasion_of(storage::Tx& tx, const auth::Principal& me, const LetterRequest& r,
                                    FieldErrors& e) {
    if (r.event_id) {
        auto ev = tx.one(
            "SELECT id, staff_id, kind, event_date, detail FROM office_care_events WHERE id = :id AND "
            "committee_id "
            "= :c",
            {{"id", *r.event_id}, {"c", me.committee_id}});
        if (!ev) {
            e.add("event_id", "field_unknown_ref", {{"value", *r.event_id}});
            return std::nullopt;
        }
        return Occasion{fmt::format("event:{}", ev->i("id")),
                        ev->s("kind"),
                        ev->s("event_date"),
                        ev->s("detail"),
                        ev->i("staff_id"),
                        ev->i("id"),
                        std::stoi(ev->s("event_date").substr(0, 4))};
    }
    if (!r.staff_id) {
        e.add("staff_id", "field_required");
        return std::nullopt;
    }
    const int64_t year = r.year.value_or(std::stoi(clock::today_cst().substr(0, 4)));
    if (year < 1949 || year > 2200) {
        e.add("year", "field_out_of_range", {{"value", year}, {"max", 2200}});
        return std::nullopt;
    }
    auto s = find_staff(tx, me.committee_id, *r.staff_id);
    if (!s) {
        e.add("staff_id", "field_unknown_ref", {{"value", *r.staff_id}});
        return std::nullopt;
    }
    if (s->s("birth_date").size() != 10) {
        e.add("staff_id", "staff_no_birth_date", {{"value", s->s("name")}});
        return std::nullopt;
    }
    return Occasion{fmt::format("birthday:{}:{}", *r.staff_id, year),
                    "birthday",
                    birthday_in(s->s("birth_date"), year),
                    "",
                    *r.staff_id,
                    std::nullopt,
                    static_cast<int>(year)};
}

}  // namespace

nlohmann::json write_letter_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const LetterRequest& r) {
    FieldErrors e;
    auto o = occasion_of(tx, me, r, e);
    auto staff = o ? find_staff(tx, me.committee_id, o->staff_id) : std::nullopt;
    if (o && !staff) e.add("staff_id", "field_unknown_ref", {{"value", o->staff_id}});
    if (staff && staff->s("status") == "调离")  // only serving and retired staff are written to
        e.add("staff_id", "staff_transferred", {{"value", staff->s("name")}});
    if (o && staff && o->kind != "death") {
        auto died = tx.one(
            "SELECT event_date FROM office_care_events WHERE staff_id = :s AND kind = 'death' AND "
            "event_date <= :d",
            {{"s", o->staff_id}, {"d", o->date}});
        if (died)
            e.add("staff_id", "staff_deceased",
                  {{"value", staff->s("name")}, {"date", died->s("event_date")}});
    }
    e.throw_if_any(lang, labels());
    if (auto done =
            tx.one("SELECT id, created_at FROM office_letters WHERE committee_id = :c AND event_key = :k",
                   {{"c", me.committee_id}, {"k", o->key}}))
        throw AppError::conflict("letter_already_written", {{"name", staff->s("name")},
                                                            {"event", kind_name(o->kind)},
                                                            {"date", cst_date(done->s("created_at"))},
                                                            {"letter_id", done->i("id")}});
    auto tmpl = template_for(tx, me.committee_id, o->kind);
    const std::string birth = staff->s("birth_date");
    const std::vector<std::pair<std::string, std::string>> fields = {
        {"{name}", staff->s("name")},
        {"{date}", cn_date(o->date)},
        {"{age}", birth.size() == 10 ? std::to_string(o->year - std::stoi(birth.substr(0, 4))) : ""},
        {"{detail}", o->detail},
        {"{event}", kind_name(o->kind)},
        {"{committee}", me.committee_name},
        {"{today}", cn_date(clock::today_cst())}};
    int64_t id = tx.insert(
        "INSERT INTO office_letters (committee_id, staff_id, kind, event_key, care_event_id, event_date, "
        "title, body, "
        "created_by, created_at) VALUES (:c, :s, :k, :key, :ev, :d, :t, :b, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"s", o->staff_id},
         {"k", o->kind},
         {"key", o->key},
         {"ev", nullable(o->event_id)},
         {"d", o->date},
         {"t", render(tmpl["title"].get<std::string>(), fields)},
         {"b", render(tmpl["body"].get<std::string>(), fields)},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "office_letter.written", "office_letter", std::to_string(id),
                  {{"staff", staff->s("name")}, {"kind", o->kind}, {"event_key", o->key}});
    return letter_json(tx, me.committee_id, id);
}

nlohmann::json write_letter(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const LetterRequest& r) {
    auto tx = db.write();
    auto out = write_letter_in(tx, me, actor, lang, r);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::care
