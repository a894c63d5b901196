package jixiao.scoring;

/** error: must be fixed or explained before submission; warning: a reviewer will ask; info: worth knowing. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
