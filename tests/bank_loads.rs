use fitcheck::bank::Bank;

#[test]
fn embedded_bank_loads() {
    match Bank::embedded() {
        Ok(b) => println!("{}", b.counts()),
        Err(e) => panic!("{e}"),
    }
}
