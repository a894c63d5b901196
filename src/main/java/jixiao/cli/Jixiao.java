package jixiao.cli;

public final class Jixiao {
    private Jixiao() {}

    public static void main(String[] args) {
        System.out.println("jixiao");
    }
}
