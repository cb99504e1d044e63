#include <set>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/members/members.hpp"
#include "text/pinyin.hpp"

namespace zhixie::members {

const std::vector<std::string> kPosts = {"主席", "副主席", "秘书长", "常委", "委员"};
const std::vector<std::string> kStatuses = {"在任", "辞去", "撤销", "届满"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"name", {"姓名", "Name"}},
        {"gender", {"性别", "Gender"}},
        {"ethnicity", {"民族", "Ethnicity"}},
        {"birth_date", {"出生日期", "Birth date"}},
        {"id_card", {"身份证号", "ID card number"}},
        {"political_affiliation", {"政治面貌", "Political affiliation"}},
        {"sector", {"界别", "Sector"}},
        {"is_standing", {"是否常委", "Standing member"}},
        {"cppcc_post", {"政协职务", "CPPCC post"}},
        {"work_unit", {"工作单位", "Work unit"}},
        {"job_title", {"职务职称", "Job title"}},
        {"phone", {"手机号码", "Phone"}},
        {"address", {"通讯地址", "Address"}},
        {"township_group", {"乡镇活动组", "Township group"}},
        {"studio", {"委员工作室", "Member studio"}},
        {"status", {"状态", "Status"}},
        {"status_date", {"状态日期", "Status date"}},
        {"bodies", {"专委会", "Special committees"}},
    };
    return l;
}

namespace {
std::string str_or(const nlohmann::json& b, const char* k, const std::string& fallback = "") {
    auto v = input::opt_str(b, k, 500);
    return v ? *v : fallback;
}
}  // namespace

MemberFields fields_from_json(const nlohmann::json& b) {
    MemberFields f;
    f.name = str_or(b, "name");
    f.gender = str_or(b, "gender");
    f.ethnicity = str_or(b, "ethnicity", "汉族");
    f.birth_date = str_or(b, "birth_date");
    f.id_card = str_or(b, "id_card");
    f.political_affiliation = str_or(b, "political_affiliation");
    f.sector_id = input::opt_int(b, "sector_id");
    f.is_standing = input::opt_bool(b, "is_standing").value_or(false);
    f.cppcc_post = str_or(b, "cppcc_post", "委员");
    f.work_unit = str_or(b, "work_unit");
    f.job_title = str_or(b, "job_title");
    f.phone = str_or(b, "phone");
    f.address = str_or(b, "address");
    f.township_group_id = input::opt_int(b, "township_group_id");
    f.studio_id = input::opt_int(b, "studio_id");
    f.status = str_or(b, "status", "在任");
    f.status_date = str_or(b, "status_date");
    if (b.contains("bodies") && b["bodies"].is_array()) {
        for (const auto& x : b["bodies"]) {
            if (!x.is_object() || !x.contains("body_id") || !x["body_id"].is_number_integer())
                throw AppError::invalid_field("bodies");
            f.bodies.emplace_back(x["body_id"].get<int64_t>(), x.value("post", std::string("委员")));
        }
    }
    return f;
}

int64_t current_term(storage::Tx& tx, int64_t committee_id) {
    auto t = tx.one("SELECT id FROM terms WHERE committee_id = :c AND is_current = 1", {{"c", committee_id}});
    if (!t) throw AppError::unprocessable("no_current_term");
    return t->i("id");
}

void validate_fields(const MemberFields& f, FieldErrors& e) {
    check::required(e, "name", f.name, 40);
    check::one_of(e, "gender", f.gender, {"男", "女"});
    check::date(e, "birth_date", f.birth_date, false);
    check::id_card(e, "id_card", f.id_card);
    check::phone(e, "phone", f.phone);
    check::one_of(e, "cppcc_post", f.cppcc_post, kPosts);
    check::one_of(e, "status", f.status, kStatuses);
    check::date(e, "status_date", f.status_date, false);
    for (const auto& [field, value] : {std::pair{"work_unit", &f.work_unit},
                                       {"job_title", &f.job_title},
                                       {"address", &f.address},
                                       {"political_affiliation", &f.political_affiliation},
                                       {"ethnicity", &f.ethnicity}})
        if (input::utf8_length(*value) > 200) e.add(field, "field_too_long", {{"max", 200}});
}

void validate(storage::Tx& tx, int64_t committee_id, int64_t term_id, const MemberFields& f,
              std::optional<int64_t> self, FieldErrors& e) {
    validate_fields(f, e);
    auto exists = [&](const char* table, std::optional<int64_t> id) {
        if (!id) return true;
        return tx
            .one(std::string("SELECT id FROM ") + table + " WHERE id = :id AND committee_id = :c",
                 {{"id", *id}, {"c", committee_id}})
            .has_value();
    };
    if (!exists("sectors", f.sector_id)) e.add("sector", "field_unknown_ref", {{"value", *f.sector_id}});
    if (!exists("township_groups", f.township_group_id))
        e.add("township_group", "field_unknown_ref", {{"value", *f.township_group_id}});
    if (!exists("studios", f.studio_id)) e.add("studio", "field_unknown_ref", {{"value", *f.studio_id}});
    std::set<int64_t> seen;
    for (const auto& [body, post] : f.bodies)
        if (!exists("bodies", body) || !seen.insert(body).second)
            e.add("bodies", "field_unknown_ref", {{"value", body}});
    const int64_t other = self.value_or(0);
    for (const auto& [field, value] : {std::pair{"id_card", &f.id_card}, {"phone", &f.phone}}) {
        if (value->empty()) continue;
        if (tx.one(std::string("SELECT id FROM members WHERE committee_id = :c AND term_id = :t AND ") +
                       field + " = :v AND id <> :self",
                   {{"c", committee_id}, {"t", term_id}, {"v", *value}, {"self", other}}))
            e.add(field, "field_duplicate", {{"value", *value}});
    }
}

namespace {
storage::Value opt(const std::optional<int64_t>& v) {
    return v ? storage::Value(*v) : storage::Value{};
}
storage::Value nullable(const std::string& s) {
    return s.empty() ? storage::Value{} : storage::Value(s);
}

storage::Params member_params(const MemberFields& f) {
    auto py = text::name_pinyin(f.name);
    return {{"name", f.name},
            {"py", py.full},
            {"ini", py.initials},
            {"gender", f.gender},
            {"eth", f.ethnicity},
            {"birth", f.birth_date},
            {"idc", nullable(f.id_card)},
            {"pol", f.political_affiliation},
            {"sector", opt(f.sector_id)},
            {"standing", int64_t{f.is_standing}},
            {"post", f.cppcc_post},
            {"unit", f.work_unit},
            {"title", f.job_title},
            {"phone", nullable(f.phone)},
            {"addr", f.address},
            {"grp", opt(f.township_group_id)},
            {"studio", opt(f.studio_id)},
            {"status", f.status},
            {"sdate", f.status_date}};
}
}  // namespace

void write_bodies(storage::Tx& tx, int64_t member_id, const MemberFields& f, bool fresh) {
    if (!fresh) tx.exec("DELETE FROM member_bodies WHERE member_id = :m", {{"m", member_id}});
    for (const auto& [body, post] : f.bodies)
        tx.exec("INSERT INTO member_bodies (member_id, body_id, post) VALUES (:m, :b, :p)",
                {{"m", member_id}, {"b", body}, {"p", post}});
}

int64_t insert_member(storage::Tx& tx, int64_t committee_id, int64_t term_id, const std::string& person_uid,
                      const MemberFields& f) {
    auto p = member_params(f);
    const std::string now = clock::now_iso();
    p.insert(p.end(), {{"c", committee_id}, {"term", term_id}, {"uid", person_uid}, {"now", now}});
    int64_t id = tx.insert(
        "INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, gender, "
        "ethnicity, "
        "birth_date, id_card, political_affiliation, sector_id, is_standing, cppcc_post, work_unit, "
        "job_title, phone, "
        "address, township_group_id, studio_id, status, status_date, created_at, updated_at) VALUES (:c, "
        ":term, :uid, "
        ":name, :py, :ini, :gender, :eth, :birth, :idc, :pol, :sector, :standing, :post, :unit, :title, "
        ":phone, "
        ":addr, :grp, :studio, :status, :sdate, :now, :now) RETURNING id",
        p);
    write_bodies(tx, id, f, true);
    return id;
}

int64_t update_member_row(storage::Tx& tx, int64_t committee_id, int64_t id, int64_t version,
                          const MemberFields& f) {
    auto p = member_params(f);
    p.insert(p.end(), {{"c", committee_id}, {"id", id}, {"v", version}, {"now", clock::now_iso()}});
    int64_t n = tx.exec(
        "UPDATE members SET name = :name, name_pinyin = :py, name_initials = :ini, gender = :gender, "
        "ethnicity = "
        ":eth, birth_date = :birth, id_card = :idc, political_affiliation = :pol, sector_id = :sector, "
        "is_standing = "
        ":standing, cppcc_post = :post, work_unit = :unit, job_title = :title, phone = :phone, address = "
        ":addr, "
        "township_group_id = :grp, studio_id = :studio, status = :status, status_date = :sdate, version = "
        "version + "
        "1, updated_at = :now WHERE id = :id AND committee_id = :c AND version = :v",
        p);
    if (n > 0) write_bodies(tx, id, f, false);
    return n;
}

nlohmann::json member_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT m.*, s.name AS sector_name, g.name AS township_group_name, st.name AS studio_name, t.name AS "
        "term_name, u.username AS account_username FROM members m LEFT JOIN sectors s ON s.id = m.sector_id "
        "LEFT "
        "JOIN township_groups g ON g.id = m.township_group_id LEFT JOIN studios st ON st.id = m.studio_id "
        "JOIN terms "
        "t ON t.id = m.term_id LEFT JOIN users u ON u.id = m.user_id WHERE m.id = :id AND m.committee_id = "
        ":c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["is_standing"] = r->i("is_standing") != 0;
    o.erase("committee_id");
    nlohmann::json bodies = nlohmann::json::array();
    for (const auto& b : tx.query("SELECT b.id AS body_id, b.name, mb.post FROM member_bodies mb JOIN bodies "
                                  "b ON b.id = mb.body_id WHERE "
                                  "mb.member_id = :m ORDER BY b.sort, b.id",
                                  {{"m", id}}))
        bodies.push_back(b.json());
    o["bodies"] = bodies;
    return o;
}

}  // namespace zhixie::members
