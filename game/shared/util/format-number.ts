/** 1250 -> "1,250": the integer part of `value` with `separator` between groups of three digits. */
export function formatThousands(value: number, separator = ","): string {
	let digits = "%d".format(math.floor(math.abs(value)));
	let grouped = "";
	while (digits.size() > 3) {
		grouped = `${separator}${digits.sub(-3)}${grouped}`;
		digits = digits.sub(1, -4);
	}
	return `${value < 0 ? "-" : ""}${digits}${grouped}`;
}
