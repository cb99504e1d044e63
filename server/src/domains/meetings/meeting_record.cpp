#include <map>
#include <fmt/format.h>
#include <set>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/meetings/internal.hpp"
#include "services/duty/duty_records.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::meetings {

const std::vector<std::string> kKinds = {
    "plenary",        "standing",   "chair",    "special", "party_group",  "three_one", "party_day",
    "integrity_talk", "inspection", "research", "lecture", "consultation", "other"};
const std::vector<std::string> kPartyKinds = {"branch_general", "branch_committee", "group", "party_class"};

bool is_party_kind(const std::string& kind) {
    return kind == "three_one" || kind == "party_day" || kind == "integrity_talk";
}

std::string kind_name(const std::string& kind, const std::string& party_kind) {
    static const std::map<std::string, std::string> names = {{"plenary", "全体会议"},
                                                             {"standing", "常委会议"},
                                                             {"chair", "主席会议"},
                                                             {"special", "专委会会议"},
                                                             {"party_group", "党组会"},
                                                             {"three_one", "三会一课"},
                                                             {"party_day", "主题党日"},
                                                             {"integrity_talk", "廉政谈话"},
                                                             {"inspection", "视察"},
                                                             {"research", "调研"},
                                                             {"lecture", "讲坛"},
                                                             {"consultation", "协商"},
                                                             {"other", "其他"},
                                                             {"branch_general", "支部党员大会"},
                                                             {"branch_committee", "支部委员会"},
                                                             {"group", "党小组会"},
                                                             {"party_class", "党课"}};
    auto it = names.find(party_kind.empty() ? kind : party_kind);
    return it == names.end() ? kind : it->second;
}

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"kind", {"会议类型", "Type"}},
        {"party_kind", {"三会一课类别", "Party meeting type"}},
        {"party_org_id", {"党组织", "Party organisation"}},
        {"body_id", {"专委会", "Body"}},
        {"title", {"会议名称", "Title"}},
        {"agenda", {"议程", "Agenda"}},
        {"place", {"地点", "Place"}},
        {"starts_at", {"开始时间", "Starts at"}},
        {"ends_at", {"结束时间", "Ends at"}},
        {"signin_opens_at", {"签到开始时间", "Sign-in opens"}},
        {"signin_closes_at", {"签到截止时间", "Sign-in closes"}},
        {"topic", {"讲座主题", "Topic"}},
        {"lecturers", {"主讲人", "Lecturers"}},
        {"minutes", {"会议纪要", "Minutes"}},
        {"invite", {"参会人员", "Invitees"}},
        {"attendance", {"出席情况", "Attendance"}},
        {"invitee_ids", {"参会人员", "Invitees"}},
        {"reason", {"请假事由", "Reason"}},
        {"cancel_reason", {"取消原因", "Reason for cancelling"}},
        {"speaker", {"发言人", "Speaker"}},
        {"member_id", {"委员", "Member"}},
        {"text", {"内容", "Text"}},
        {"description", {"说明", "Description"}},
        {"starts_on", {"开始日期", "Starts on"}},
        {"cash", {"捐款金额（元）", "Cash (yuan)"}},
        {"goods_value", {"物资折价（元）", "Goods value (yuan)"}},
        {"goods", {"捐赠物资", "Goods"}},
        {"donated_on", {"捐赠日期", "Donated on"}},
        {"done_on", {"办理日期", "Done on"}},
    };
    return l;
}

bool InviteRules::empty() const {
    return !all_members && !standing && !party_org && sector_ids.empty() && body_ids.empty() &&
           member_ids.empty() && user_ids.empty();
}

nlohmann::json InviteRules::json() const {
    return {{"all_members", all_members}, {"standing", standing}, {"party_org", party_org},
            {"sector_ids", sector_ids},   {"body_ids", body_ids}, {"member_ids", member_ids},
            {"user_ids", user_ids}};
}

InviteRules invite_rules_of(const nlohmann::json& body) {
    InviteRules r;
    if (!body.contains("invite")) return r;
    const auto& i = body["invite"];
    if (!i.is_object()) throw AppError::invalid_field("invite");
    r.all_members = input::opt_bool(i, "all_members").value_or(false);
    r.standing = input::opt_bool(i, "standing").value_or(false);
    r.party_org = input::opt_bool(i, "party_org").value_or(false);
    r.sector_ids = input::opt_int_list(i, "sector_ids").value_or(std::vector<int64_t>{});
    r.body_ids = input::opt_int_list(i, "body_ids").value_or(std::vector<int64_t>{});
    r.member_ids = input::opt_int_list(i, "member_ids").value_or(std::vector<int64_t>{});
    r.user_ids = input::opt_int_list(i, "user_ids").value_or(std::vector<int64_t>{});
    return r;
}

MeetingFields meeting_fields_of(const nlohmann::json& b) {
    constexpr size_t kText = 100000;
    auto s = [&](const char* f) { return input::opt_str(b, f, kText).value_or(""); };
    MeetingFields f;
    f.kind = s("kind");
    f.party_kind = s("party_kind");
    auto nullable = [&](const char* field) {
        auto v = input::opt_nullable_int(b, field);
        return v ? *v : std::nullopt;
    };
    f.party_org_id = nullable("party_org_id");
    f.body_id = nullable("body_id");
    f.title = s("title");
    f.agenda = s("agenda");
    f.place = s("place");
    f.starts_at = s("starts_at");
    f.ends_at = s("ends_at");
    f.signin_opens_at = s("signin_opens_at");
    f.signin_closes_at = s("signin_closes_at");
    f.topic = s("topic");
    if (b.contains("lecturers")) {
        if (!b["lecturers"].is_array()) throw AppError::invalid_field("lecturers");
        f.lecturers = b["lecturers"];
    }
    f.minutes = s("minutes");
    return f;
}

namespace {
bool too_long(FieldErrors& e, const std::string& field, const std::string& v, size_t max) {
    if (input::utf8_length(v) <= max) return false;
    e.add(field, "field_too_long", {{"max", max}});
    return true;
}

// A time field as UTC, or an error; `fallback` when empty and allowed.
std::string time_field(FieldErrors& e, const std::string& field, const std::string& v, bool required) {
    if (v.empty()) {
        if (required) e.add(field, "field_required");
        return {};
    }
    auto t = to_utc(v);
    if (!t) e.add(field, "field_invalid_time", {{"value", v}});
    return t.value_or("");
}
}  // namespace

storage::Params meeting_params(storage::Tx& tx, int64_t committee_id, Lang lang, const MeetingFields& f) {
    FieldErrors e;
    check::one_of(e, "kind", f.kind, kKinds);
    if (f.kind == "three_one")
        check::one_of(e, "party_kind", f.party_kind, kPartyKinds);
    else if (!f.party_kind.empty())
        e.add("party_kind", "field_not_allowed");
    if (is_party_kind(f.kind) && !f.party_org_id) e.add("party_org_id", "field_required");
    if (f.party_org_id && !tx.one("SELECT id FROM party_orgs WHERE id = :id AND committee_id = :c",
                                  {{"id", *f.party_org_id}, {"c", committee_id}}))
        e.add("party_org_id", "field_unknown_ref", {{"value", *f.party_org_id}});
    if (f.body_id && !tx.one("SELECT id FROM bodies WHERE id = :id AND committee_id = :c",
                             {{"id", *f.body_id}, {"c", committee_id}}))
        e.add("body_id", "field_unknown_ref", {{"value", *f.body_id}});
    check::required(e, "title", f.title, 200);
    too_long(e, "agenda", f.agenda, 20000);
    too_long(e, "place", f.place, 200);
    too_long(e, "topic", f.topic, 200);
    too_long(e, "minutes", f.minutes, 100000);
    const auto starts = time_field(e, "starts_at", f.starts_at, true);
    const auto ends = time_field(e, "ends_at", f.ends_at, true);
    if (!starts.empty() && !ends.empty() && ends <= starts) e.add("ends_at", "field_dates_out_of_order");
    auto opens = time_field(e, "signin_opens_at", f.signin_opens_at, false);
    auto closes = time_field(e, "signin_closes_at", f.signin_closes_at, false);
    if (opens.empty() && !starts.empty())
        opens = clock::iso(clock::parse_iso(starts) - std::chrono::minutes(60));
    if (closes.empty()) closes = ends;
    if (!opens.empty() && !closes.empty() && closes <= opens)
        e.add("signin_closes_at", "field_dates_out_of_order");
    for (const auto& l : f.lecturers)
        if (!l.is_object() || !l.contains("name") || !l["name"].is_string() ||
            l["name"].get<std::string>().empty()) {
            e.add("lecturers", "field_required");
            break;
        }
    e.throw_if_any(lang, labels());
    nlohmann::json lecturers = nlohmann::json::array();
    for (const auto& l : f.lecturers)
        lecturers.push_back({{"name", l.value("name", "")},
                             {"title", l.value("title", "")},
                             {"organisation", l.value("organisation", "")}});
    auto opt = [](const std::optional<int64_t>& v) { return v ? storage::Value(*v) : storage::Value{}; };
    return {{"kind", f.kind},
            {"party_kind", f.party_kind},
            {"party_org_id", opt(f.party_org_id)},
            {"body_id", opt(f.body_id)},
            {"title", f.title},
            {"agenda", f.agenda},
            {"place", f.place},
            {"starts_at", starts},
            {"ends_at", ends},
            {"opens", opens},
            {"closes", closes},
            {"topic", f.topic},
            {"lecturers", lecturers.dump()},
            {"minutes", f.minutes}};
}

storage::Row meeting_row(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT m.*, p.name AS party_org_name, b.name AS body_name FROM meetings m LEFT JOIN party_orgs p ON "
        "p.id = m.party_org_id LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = :id AND m.committee_id = "
        ":c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return *r;
}

bool is_cancelled(const storage::Row& meeting) {
    return meeting.opt_s("cancelled_at").has_value();
}

storage::Row live_meeting_row(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto m = meeting_row(tx, committee_id, id);
    if (is_cancelled(m)) throw AppError::conflict("meeting_cancelled");
    return m;
}

nlohmann::json meeting_json(const storage::Row& m) {
    auto out = m.json();
    out.erase("qr_secret");
    out.erase("committee_id");
    out["lecturers"] = nlohmann::json::parse(m.s("lecturers"), nullptr, false);
    out["invite_rules"] = nlohmann::json::parse(m.s("invite_rules"), nullptr, false);
    out["kind_name"] = kind_name(m.s("kind"), m.s("party_kind"));
    out["cancelled"] = is_cancelled(m);
    out["starts_local"] = cst_text(m.s("starts_at"));
    out["ends_local"] = cst_text(m.s("ends_at"));
    return out;
}

storage::Row invitee_row(storage::Tx& tx, int64_t meeting_id, int64_t invitee_id) {
    auto r = tx.one("SELECT * FROM meeting_invitees WHERE id = :id AND meeting_id = :m",
                    {{"id", invitee_id}, {"m", meeting_id}});
    if (!r) throw AppError::not_found();
    return *r;
}

std::vector<std::string_view> invitee_duty(const storage::Row& meeting, const storage::Row& invitee) {
    if (is_cancelled(meeting)) return {};  // a cancelled meeting counts for nobody
    return duty_kinds(meeting.s("kind"), invitee.s("attendance"), invitee.s("leave_status"),
                      meeting.s("status") == "closed");
}

void write_duty(storage::Tx& tx, const storage::Row& meeting, const storage::Row& invitee,
                const std::optional<std::vector<std::string_view>>& had) {
    auto member = invitee.opt_i("member_id");
    if (!member) return;  // staff: no duty records
    const int64_t committee = meeting.i("committee_id");
    const auto wanted = invitee_duty(meeting, invitee);
    static const std::vector<std::string_view> kAll = {
        duty::kind::meeting_attended, duty::kind::meeting_absent_leave,
        duty::kind::meeting_absent,   duty::kind::inspection,
        duty::kind::research,         duty::kind::consultation,
        duty::kind::lecture};
    auto has = [](const std::vector<std::string_view>& v, std::string_view k) {
        return std::find(v.begin(), v.end(), k) != v.end();
    };
    const std::string title = meeting.s("title");
    for (auto k : had ? *had : kAll)
        if (!has(wanted, k)) duty::retract(tx, committee, *member, k, "meeting", meeting.i("id"));
    for (auto k : wanted) {
        if (had && has(*had, k)) continue;  // already written, and the meeting did not change
        const std::string verb = k == duty::kind::meeting_absent_leave ? "请假："
                                 : k == duty::kind::meeting_absent     ? "缺席："
                                                                       : "出席：";
        duty::record(tx, {committee,
                          *member,
                          k,
                          "meeting",
                          meeting.i("id"),
                          cst_text(meeting.s("starts_at")).substr(0, 10),
                          verb + title,
                          1.0,
                          "confirmed",
                          {{"meeting_kind", meeting.s("kind")}}});
    }
}

void sync_duty(storage::Tx& tx, const storage::Row& meeting, const storage::Row& invitee) {
    write_duty(tx, meeting, invitee, std::nullopt);
}

namespace {
struct Person {
    std::optional<int64_t> member_id, user_id, staff_id;
    std::string name;
};

void add_rows(std::vector<Person>& out, const storage::Rows& rows) {
    for (const auto& r : rows)
        out.push_back({r.opt_i("member_id"), r.opt_i("user_id"),
                       r.names().size() > 3 ? r.opt_i("staff_id") : std::nullopt, r.s("name")});
}
}  // namespace

int64_t add_invitees(storage::Tx& tx, const storage::Row& meeting, const InviteRules& rules) {
    const int64_t c = meeting.i("committee_id");
    const std::string serving =
        "SELECT m.id AS member_id, m.user_id, m.name FROM members m JOIN terms t ON t.id = m.term_id AND "
        "t.is_current = 1 WHERE m.committee_id = :c AND m.status = '在任'";
    std::vector<Person> people;
    if (rules.all_members) add_rows(people, tx.query(serving, {{"c", c}}));
    if (rules.standing) add_rows(people, tx.query(serving + " AND m.is_standing = 1", {{"c", c}}));
    for (auto id : rules.sector_ids)
        add_rows(people, tx.query(serving + " AND m.sector_id = :x", {{"c", c}, {"x", id}}));
    for (auto id : rules.body_ids)
        add_rows(people,
                 tx.query(serving + " AND m.id IN (SELECT member_id FROM member_bodies WHERE body_id = :x)",
                          {{"c", c}, {"x", id}}));
    for (auto id : rules.member_ids) {
        auto r =
            tx.query("SELECT id AS member_id, user_id, name FROM members WHERE committee_id = :c AND id = :x",
                     {{"c", c}, {"x", id}});
        if (r.empty()) throw AppError::unprocessable("invitee_unknown", {{"id", id}});
        add_rows(people, r);
    }
    for (auto id : rules.user_ids) {
        auto r = tx.query(
            "SELECT (SELECT MIN(m.id) FROM members m WHERE m.user_id = u.id AND m.committee_id = :c) AS "
            "member_id, u.id AS user_id, u.display_name AS name FROM users u WHERE u.committee_id = :c AND "
            "u.id "
            "= :x",
            {{"c", c}, {"x", id}});
        if (r.empty()) throw AppError::unprocessable("invitee_unknown", {{"id", id}});
        add_rows(people, r);
    }
    if (rules.party_org && !meeting.is_null("party_org_id")) {
        const storage::Params p{{"c", c}, {"o", meeting.i("party_org_id")}};
        add_rows(people,
                 tx.query("SELECT m.id AS member_id, m.user_id, m.name FROM party_org_members pm JOIN "
                          "members m ON m.id = pm.person_id AND m.committee_id = :c WHERE "
                          "pm.party_org_id = :o AND pm.person_kind = 'member'",
                          p));
        add_rows(people, tx.query("SELECT NULL AS member_id, s.user_id, s.name, s.id AS staff_id FROM "
                                  "party_org_members pm JOIN "
                                  "staff s ON s.id = pm.person_id AND s.committee_id = :c WHERE "
                                  "pm.party_org_id = :o AND pm.person_kind = 'staff'",
                                  p));
    }
    // already invited people (by member or by user) are skipped
    std::set<int64_t> members, users, staff;
    for (const auto& r :
         tx.query("SELECT member_id, user_id, staff_id FROM meeting_invitees WHERE meeting_id = :m",
                  {{"m", meeting.i("id")}})) {
        if (auto m = r.opt_i("member_id")) members.insert(*m);
        if (auto u = r.opt_i("user_id")) users.insert(*u);
        if (auto x = r.opt_i("staff_id")) staff.insert(*x);
    }
    std::vector<int64_t> told;
    std::vector<const Person*> fresh;
    for (const auto& p : people) {
        if ((p.member_id && members.count(*p.member_id)) || (p.user_id && users.count(*p.user_id)) ||
            (p.staff_id && staff.count(*p.staff_id)))
            continue;
        if (p.member_id) members.insert(*p.member_id);
        if (p.staff_id) staff.insert(*p.staff_id);
        if (p.user_id) {
            users.insert(*p.user_id);
            told.push_back(*p.user_id);
        }
        fresh.push_back(&p);
    }
    // in rows of up to 100 a statement
    auto opt = [](const std::optional<int64_t>& v) { return v ? storage::Value(*v) : storage::Value{}; };
    for (size_t start = 0; start < fresh.size(); start += 100) {
        std::string values;
        storage::Params params{{"c", c}, {"m", meeting.i("id")}};
        for (size_t k = start; k < std::min(fresh.size(), start + 100); ++k) {
            const auto n = std::to_string(k);
            values += (values.empty() ? "" : ", ") + fmt::format("(:c, :m, :a{0}, :u{0}, :s{0}, :n{0})", n);
            params.insert(params.end(), {{"a" + n, opt(fresh[k]->member_id)},
                                         {"u" + n, opt(fresh[k]->user_id)},
                                         {"s" + n, opt(fresh[k]->staff_id)},
                                         {"n" + n, fresh[k]->name}});
        }
        tx.exec(
            "INSERT INTO meeting_invitees (committee_id, meeting_id, member_id, user_id, staff_id, name) "
            "VALUES " +
                values,
            params);
    }
    const auto added = static_cast<int64_t>(fresh.size());
    // a meeting entered after it ended (补录) is a record, not an invitation: nobody's inbox gets it
    if (meeting.s("ends_at") <= clock::now_iso()) return added;
    notify::send(tx,
                 {c, "meeting_invited", "会议通知：" + meeting.s("title"),
                  cst_text(meeting.s("starts_at")) + " " + meeting.s("place"),
                  "/meetings/my/" + std::to_string(meeting.i("id")),
                  "meeting_invited:" + std::to_string(meeting.i("id"))},
                 told);
    return added;
}

nlohmann::json attendance_counts(storage::Tx& tx, int64_t meeting_id) {
    auto r = tx.one(
        "SELECT COUNT(*) AS invited, "
        "SUM(CASE WHEN attendance = 'present' THEN 1 ELSE 0 END) AS present, "
        "SUM(CASE WHEN attendance <> 'present' AND leave_status = 'approved' THEN 1 ELSE 0 END) AS on_leave, "
        "SUM(CASE WHEN attendance = 'absent' AND leave_status <> 'approved' THEN 1 ELSE 0 END) AS absent, "
        "SUM(CASE WHEN attendance = 'pending' AND leave_status <> 'approved' THEN 1 ELSE 0 END) AS pending "
        "FROM meeting_invitees WHERE meeting_id = :m",
        {{"m", meeting_id}});
    return {{"invited", r->i("invited")},
            {"present", r->i("present")},
            {"leave", r->i("on_leave")},
            {"absent", r->i("absent")},
            {"pending", r->i("pending")}};
}

}  // namespace zhixie::meetings
