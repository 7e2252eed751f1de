package dk.infohus.intake.concern.adapter.web.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The concern form as a browser sends it, every field as typed (text, so that nothing a person types fails
 * to bind): shown again as it was when something is wrong. It has no limits of its own: the domain's
 * values ({@code Account}, {@code Subject}, {@code Reporter}) hold them, for the pages and the API alike.
 */
public class ConcernForm {

    private String municipality = "";
    private String reporterKind = "";

    private String reporterName = "";

    private String reporterOrganisation = "";

    private String reporterEmail = "";

    private String reporterPhone = "";

    private String subjectKind = "PERSON";

    private String personName = "";

    private String cprNumber = "";

    private String birthDate = "";

    private String age = "";

    private String address = "";

    private String groupName = "";

    private String groupDescription = "";

    private String account = "";

    private String when = "";

    private String where = "";

    private String platforms = "";

    private String links = "";

    private List<String> concernSigns = new ArrayList<>();

    private String otherAuthorities = "";

    private String relation = "";

    private boolean acute;
    private boolean receiptByEmail;

    private String idempotencyKey = "";

    /** A new, empty form with a fresh idempotency key, so that sending it twice makes one concern. */
    static ConcernForm blank() {
        ConcernForm form = new ConcernForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return form;
    }

    /** The platforms, one per comma or line, blanks left out. */
    List<String> platformList() {
        return Arrays.stream(platforms.split("[,\\n]"))
                .map(String::strip)
                .filter(platform -> !platform.isEmpty())
                .toList();
    }

    /** The links, one per line, blanks and repeats left out (as the domain does, so indexes agree). */
    List<String> linkList() {
        return links.lines()
                .map(String::strip)
                .filter(link -> !link.isEmpty())
                .distinct()
                .toList();
    }

    boolean isGroup() {
        return "GROUP".equals(subjectKind);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = text(municipality);
    }

    public String getReporterKind() {
        return reporterKind;
    }

    public void setReporterKind(@Nullable String reporterKind) {
        this.reporterKind = text(reporterKind);
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(@Nullable String reporterName) {
        this.reporterName = text(reporterName);
    }

    public String getReporterOrganisation() {
        return reporterOrganisation;
    }

    public void setReporterOrganisation(@Nullable String reporterOrganisation) {
        this.reporterOrganisation = text(reporterOrganisation);
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public void setReporterEmail(@Nullable String reporterEmail) {
        this.reporterEmail = text(reporterEmail).strip();
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(@Nullable String reporterPhone) {
        this.reporterPhone = text(reporterPhone).strip();
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(@Nullable String subjectKind) {
        this.subjectKind = text(subjectKind);
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(@Nullable String personName) {
        this.personName = text(personName);
    }

    public String getCprNumber() {
        return cprNumber;
    }

    public void setCprNumber(@Nullable String cprNumber) {
        this.cprNumber = text(cprNumber).strip();
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable String birthDate) {
        this.birthDate = text(birthDate).strip();
    }

    public String getAge() {
        return age;
    }

    public void setAge(@Nullable String age) {
        this.age = text(age).strip();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = text(address);
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(@Nullable String groupName) {
        this.groupName = text(groupName);
    }

    public String getGroupDescription() {
        return groupDescription;
    }

    public void setGroupDescription(@Nullable String groupDescription) {
        this.groupDescription = text(groupDescription);
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(@Nullable String account) {
        this.account = text(account);
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(@Nullable String when) {
        this.when = text(when);
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(@Nullable String where) {
        this.where = text(where);
    }

    public String getPlatforms() {
        return platforms;
    }

    public void setPlatforms(@Nullable String platforms) {
        this.platforms = text(platforms);
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(@Nullable String links) {
        this.links = text(links);
    }

    public List<String> getConcernSigns() {
        return concernSigns;
    }

    public void setConcernSigns(@Nullable List<String> concernSigns) {
        this.concernSigns = concernSigns == null ? new ArrayList<>() : new ArrayList<>(concernSigns);
    }

    public String getOtherAuthorities() {
        return otherAuthorities;
    }

    public void setOtherAuthorities(@Nullable String otherAuthorities) {
        this.otherAuthorities = text(otherAuthorities);
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(@Nullable String relation) {
        this.relation = text(relation);
    }

    public boolean isAcute() {
        return acute;
    }

    public void setAcute(boolean acute) {
        this.acute = acute;
    }

    /** The citizen asks for the receipt code by email, at the address they gave. */
    public boolean isReceiptByEmail() {
        return receiptByEmail;
    }

    public void setReceiptByEmail(boolean receiptByEmail) {
        this.receiptByEmail = receiptByEmail;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(@Nullable String idempotencyKey) {
        this.idempotencyKey = text(idempotencyKey).strip();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
